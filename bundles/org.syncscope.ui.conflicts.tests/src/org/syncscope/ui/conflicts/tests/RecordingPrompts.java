package org.syncscope.ui.conflicts.tests;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;

import org.eclipse.swt.widgets.Shell;
import org.syncscope.core.policy.ConflictPolicy;
import org.syncscope.resolution.Proposal;
import org.syncscope.store.audit.AuditVerification;
import org.syncscope.ui.conflicts.ConflictPrompts;

/** Answers the console's questions without dialogs and remembers what was asked. */
final class RecordingPrompts implements ConflictPrompts {

	final List<String> asked = new CopyOnWriteArrayList<>();
	final List<String> failures = new CopyOnWriteArrayList<>();
	final List<AuditVerification> verifications = new CopyOnWriteArrayList<>();
	final List<String> dones = new CopyOnWriteArrayList<>();
	volatile String keyToForget;
	volatile String reason = "UI test: merged field by field";

	@Override
	public Optional<String> reason(Shell parent, String action, String details) {
		asked.add(action + ": " + details);
		return Optional.of(reason);
	}

	@Override
	public Optional<String> editValue(Shell parent, String field, String current) {
		asked.add("edit " + field);
		return Optional.empty();
	}

	@Override
	public Optional<ConflictPolicy> bulkPolicy(Shell parent, int count) {
		return Optional.of(ConflictPolicy.LAST_WRITER_WINS);
	}

	@Override
	public Optional<String> confirmBulk(Shell parent, List<Proposal> proposals, int undecided) {
		asked.add("bulk " + proposals.size());
		return Optional.of(reason);
	}

	@Override
	public Optional<Path> exportFile(Shell parent, String name) {
		return Optional.empty();
	}

	@Override
	public Optional<String> keyToForget(Shell parent, String proposed) {
		asked.add("forget " + proposed);
		return Optional.ofNullable(keyToForget);
	}

	@Override
	public void done(Shell parent, String action, String message) {
		dones.add(action + ": " + message);
	}

	@Override
	public void auditVerified(Shell parent, AuditVerification verification) {
		verifications.add(verification);
	}

	@Override
	public void failed(Shell parent, String action, String message) {
		failures.add(action + ": " + message);
	}
}
