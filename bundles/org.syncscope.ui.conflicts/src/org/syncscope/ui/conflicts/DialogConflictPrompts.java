package org.syncscope.ui.conflicts;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

import org.eclipse.jface.dialogs.IDialogConstants;
import org.eclipse.jface.dialogs.InputDialog;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.jface.window.Window;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.FileDialog;
import org.eclipse.swt.widgets.Shell;
import org.syncscope.core.policy.ConflictPolicy;
import org.syncscope.resolution.Proposal;
import org.syncscope.store.audit.AuditVerification;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

/** The operator-facing {@link ConflictPrompts}: JFace input and message dialogs, SWT file dialogs. */
public class DialogConflictPrompts implements ConflictPrompts {

	private static final ObjectMapper JSON = new ObjectMapper();
	private static final int PREVIEW_LINES = 15;
	private static final String VERIFY_AUDIT = "Verify Audit Trail";

	@Override
	public Optional<String> reason(Shell parent, String action, String details) {
		InputDialog dialog = new InputDialog(parent, action, details + "\n\nReason (recorded in the audit log):", "",
				text -> text.isBlank() ? "A reason is required" : null);
		return dialog.open() == Window.OK ? Optional.of(dialog.getValue().strip()) : Optional.empty();
	}

	@Override
	public Optional<String> editValue(Shell parent, String field, String current) {
		InputDialog dialog = new InputDialog(parent, "Edit " + field,
				"JSON value of " + field + " (empty removes the field):", current, DialogConflictPrompts::jsonError);
		return dialog.open() == Window.OK ? Optional.of(dialog.getValue()) : Optional.empty();
	}

	private static String jsonError(String text) {
		if (text.isBlank()) {
			return null;
		}
		try {
			JSON.readTree(text);
			return null;
		} catch (JsonProcessingException e) {
			return "Not JSON: " + e.getOriginalMessage();
		}
	}

	@Override
	public Optional<ConflictPolicy> bulkPolicy(Shell parent, int count) {
		ConflictPolicy[] policies = { ConflictPolicy.LAST_WRITER_WINS, ConflictPolicy.SOURCE_WINS,
				ConflictPolicy.TARGET_WINS, ConflictPolicy.MERGE_DISJOINT_FIELDS };
		String[] labels = new String[policies.length + 1];
		for (int i = 0; i < policies.length; i++) {
			labels[i] = policies[i].name();
		}
		labels[policies.length] = IDialogConstants.CANCEL_LABEL;
		int choice = MessageDialog.open(MessageDialog.QUESTION, parent, "Bulk Resolve",
				"Resolve " + count + " selected conflicts with which policy? A preview follows.", SWT.NONE, labels);
		return choice >= 0 && choice < policies.length ? Optional.of(policies[choice]) : Optional.empty();
	}

	@Override
	public Optional<String> confirmBulk(Shell parent, List<Proposal> proposals, int undecided) {
		StringBuilder preview = new StringBuilder("This will write " + proposals.size() + " resolution(s)");
		if (undecided > 0) {
			preview.append("; ").append(undecided).append(" conflict(s) the policy cannot decide stay open");
		}
		preview.append(":\n");
		proposals.stream().limit(PREVIEW_LINES).forEach(proposal -> preview.append("\n").append(proposal.conflict()
				.key()).append(" on ").append(proposal.conflict().linkId()).append(": ").append(proposal.explanation()));
		if (proposals.size() > PREVIEW_LINES) {
			preview.append("\n… and ").append(proposals.size() - PREVIEW_LINES).append(" more");
		}
		return reason(parent, "Bulk Resolve: Preview", preview.toString());
	}

	@Override
	public Optional<Path> exportFile(Shell parent, String name) {
		FileDialog dialog = new FileDialog(parent, SWT.SAVE);
		dialog.setText("Export Audit Log");
		dialog.setFileName(name);
		dialog.setOverwrite(true);
		return Optional.ofNullable(dialog.open()).map(Path::of);
	}

	@Override
	public Optional<String> keyToForget(Shell parent, String proposed) {
		InputDialog dialog = new InputDialog(parent, "Forget Key", "The record key whose data SyncScope is to forget"
				+ " (its conflicts, resolutions, outbox and quarantined records, and the values in the audit trail):",
				proposed, text -> text == null || text.isBlank() ? "Type the record key" : null);
		return dialog.open() == Window.OK ? Optional.of(dialog.getValue().strip()) : Optional.empty();
	}

	@Override
	public void done(Shell parent, String action, String message) {
		MessageDialog.openInformation(parent, action, message);
	}

	@Override
	public void auditVerified(Shell parent, AuditVerification verification) {
		if (verification.intact()) {
			MessageDialog.openInformation(parent, VERIFY_AUDIT, verification.summary()
					+ "\n\nKeep the head hash somewhere else: a later check that shows another head for the same rows"
					+ " means the trail was rewritten.");
		} else {
			MessageDialog.openError(parent, VERIFY_AUDIT, verification.summary()
					+ "\n\nThe store was changed behind SyncScope's back. Keep a copy of the workspace's store"
					+ " (.syncscope/store) as evidence before anything else writes to it.");
		}
	}

	@Override
	public void failed(Shell parent, String action, String message) {
		MessageDialog.openError(parent, action, message);
	}
}
