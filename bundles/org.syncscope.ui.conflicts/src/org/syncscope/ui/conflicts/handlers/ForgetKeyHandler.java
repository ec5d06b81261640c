package org.syncscope.ui.conflicts.handlers;

import jakarta.inject.Named;

import org.eclipse.core.runtime.ILog;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.e4.core.di.annotations.CanExecute;
import org.eclipse.e4.core.di.annotations.Execute;
import org.eclipse.e4.core.di.annotations.Optional;
import org.eclipse.e4.ui.di.UISynchronize;
import org.eclipse.e4.ui.services.IServiceConstants;
import org.eclipse.swt.widgets.Shell;
import org.syncscope.resolution.ResolutionService;
import org.syncscope.resolution.StoredConflict;
import org.syncscope.store.KeyErasure;
import org.syncscope.ui.conflicts.ConflictPrompts;

/**
 * Conflicts > Forget Key… (erasure of a record key's personal data): asks for the key (the selected
 * conflict's, proposed) and a reason, then erases what the store keeps of it and compacts the store in a job.
 * Audited without the key or its data.
 */
public class ForgetKeyHandler {

	private static final String TITLE = "Forget Key";

	@CanExecute
	public boolean canExecute(@Optional ResolutionService service) {
		return service != null;
	}

	@Execute
	public void execute(@Named(IServiceConstants.ACTIVE_SHELL) Shell shell, ResolutionService service,
			ConflictPrompts prompts, UISynchronize sync,
			@Optional @Named(IServiceConstants.ACTIVE_SELECTION) StoredConflict selected) {
		prompts.keyToForget(shell, selected == null ? "" : selected.key())
				.ifPresent(key -> prompts.reason(shell, TITLE, "Erase what SyncScope keeps of " + key
						+ ": its conflicts, resolutions, outbox and quarantined records, and its values in the audit"
						+ " trail. This cannot be undone.").ifPresent(reason -> Job.create("Forgetting a key", m -> {
							try {
								KeyErasure.Erased erased = service.forgetKey(key, reason);
								String message = "Forgotten: " + erased.conflicts() + " conflict(s), "
										+ erased.outboxRecords() + " outbox record(s), " + erased.quarantined()
										+ " quarantined record(s); the key and values of " + erased.auditRows()
										+ " audit row(s) erased. The store was compacted.";
								ILog.of(ForgetKeyHandler.class).info(message);
								sync.asyncExec(() -> prompts.done(shell, TITLE, message));
							} catch (Exception e) {
								sync.asyncExec(() -> prompts.failed(shell, TITLE, e.getMessage()));
							}
							return Status.OK_STATUS;
						}).schedule()));
	}
}
