package org.syncscope.ui.topology.credentials;

import java.util.Optional;

import org.eclipse.jface.dialogs.IDialogConstants;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Text;

/**
 * Asks for the master password that encrypts SyncScope's secure storage: once per session to unlock it, or
 * twice (typed and confirmed) when the storage is new or the password changes.
 */
public final class MasterPasswordDialog extends FieldsDialog {

	/** Title of the dialog's window, for tests that look for it. */
	public static final String TITLE = "Secure Storage Password";

	private final boolean confirm;
	private Text password;
	private Text confirmation;
	private char[] result;

	/** A dialog that asks for the password once, or twice when {@code confirm} (a new password). */
	public MasterPasswordDialog(Shell parent, boolean confirm) {
		super(parent, TITLE);
		this.confirm = confirm;
	}

	@Override
	protected void createFields(Composite fields) {
		setTitle(confirm ? "Choose the password of secure storage" : "Unlock secure storage");
		setMessage("It encrypts the credentials of your Kafka clusters on this machine.");
		password = field(fields, "Password:", SWT.PASSWORD, "");
		password.addModifyListener(event -> updateOk());
		if (confirm) {
			confirmation = field(fields, "Confirm:", SWT.PASSWORD, "");
			confirmation.addModifyListener(event -> updateOk());
		}
	}

	@Override
	protected void createButtonsForButtonBar(Composite parent) {
		super.createButtonsForButtonBar(parent);
		updateOk();
	}

	private void updateOk() {
		if (getButton(IDialogConstants.OK_ID) == null) {
			return;
		}
		boolean typed = !password.getText().isEmpty();
		boolean confirmed = !confirm || password.getText().equals(confirmation.getText());
		getButton(IDialogConstants.OK_ID).setEnabled(typed && confirmed);
		setErrorMessage(typed && !confirmed ? "The passwords differ." : null);
	}

	@Override
	protected void okPressed() {
		result = password.getTextChars();
		super.okPressed();
	}

	/** The password typed; empty when cancelled. The caller wipes it after use. */
	public Optional<char[]> password() {
		return Optional.ofNullable(result);
	}
}
