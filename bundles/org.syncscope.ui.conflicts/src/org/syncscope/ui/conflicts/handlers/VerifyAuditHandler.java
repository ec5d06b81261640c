package org.syncscope.ui.conflicts.handlers;

import java.sql.SQLException;

import jakarta.inject.Named;

import org.eclipse.core.runtime.ILog;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.e4.core.di.annotations.CanExecute;
import org.eclipse.e4.core.di.annotations.Execute;
import org.eclipse.e4.core.di.annotations.Optional;
import org.eclipse.e4.ui.di.UISynchronize;
import org.eclipse.e4.ui.services.IServiceConstants;
import org.eclipse.swt.widgets.Shell;
import org.syncscope.resolution.ResolutionService;
import org.syncscope.store.audit.AuditVerification;
import org.syncscope.ui.conflicts.ConflictPrompts;

/**
 * Conflicts > Verify Audit Trail: checks the audit trail's hash chain in a job, then tells the operator (and
 * the Log part) whether it is intact or which row first breaks it. Read-only, so also in read-only mode.
 */
public class VerifyAuditHandler {

	private static final String TITLE = "Verify Audit Trail";

	@CanExecute
	public boolean canExecute(@Optional ResolutionService service) {
		return service != null;
	}

	@Execute
	public void execute(@Named(IServiceConstants.ACTIVE_SHELL) Shell shell, ResolutionService service,
			ConflictPrompts prompts, UISynchronize sync) {
		Job.create("Verifying the audit trail", monitor -> {
			try {
				AuditVerification verification = service.verifyAuditTrail();
				ILog.of(VerifyAuditHandler.class).log(new Status(verification.intact() ? IStatus.INFO : IStatus.ERROR,
						"org.syncscope.ui.conflicts", verification.summary()));
				sync.asyncExec(() -> {
					if (!shell.isDisposed()) {
						prompts.auditVerified(shell, verification);
					}
				});
			} catch (SQLException e) {
				sync.asyncExec(() -> prompts.failed(shell, TITLE, "The store cannot be read: " + e.getMessage()));
			}
			return Status.OK_STATUS;
		}).schedule();
	}
}
