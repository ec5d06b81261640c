package org.syncscope.ui.conflicts;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

import org.eclipse.swt.widgets.Shell;
import org.syncscope.core.policy.ConflictPolicy;
import org.syncscope.resolution.Proposal;
import org.syncscope.store.audit.AuditVerification;

/**
 * Every question the conflict console puts to the operator. The workbench context holds the dialog
 * implementation ({@link DialogConflictPrompts}); tests put in one that answers without blocking.
 */
public interface ConflictPrompts {

	/** A non-blank reason for {@code action}, or empty if the operator cancelled. */
	Optional<String> reason(Shell parent, String action, String details);

	/** A new JSON value for {@code field} (validated: invalid JSON is refused), or empty if cancelled. */
	Optional<String> editValue(Shell parent, String field, String current);

	/** The policy to bulk-resolve {@code count} conflicts with, or empty if cancelled. */
	Optional<ConflictPolicy> bulkPolicy(Shell parent, int count);

	/**
	 * Shows what a bulk resolution will write and asks for the reason to apply it.
	 *
	 * @param undecided how many selected conflicts the policy cannot decide (left alone)
	 * @return the reason, or empty if the operator cancelled
	 */
	Optional<String> confirmBulk(Shell parent, List<Proposal> proposals, int undecided);

	/** The file to export to, proposing {@code name}, or empty if cancelled. */
	Optional<Path> exportFile(Shell parent, String name);

	/** The record key whose data is to be forgotten, proposing {@code proposed}, or empty if cancelled. */
	Optional<String> keyToForget(Shell parent, String proposed);

	/** Tells the operator that {@code action} is done, and what it did. */
	void done(Shell parent, String action, String message);

	/** Tells the operator what checking the audit trail found. */
	void auditVerified(Shell parent, AuditVerification verification);

	/** Tells the operator that {@code action} failed, and why. */
	void failed(Shell parent, String action, String message);
}
