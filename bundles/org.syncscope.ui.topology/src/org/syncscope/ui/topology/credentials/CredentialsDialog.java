package org.syncscope.ui.topology.credentials;

import java.util.Arrays;
import java.util.Optional;

import org.eclipse.jface.dialogs.IDialogConstants;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Text;

/**
 * Asks the operator for the user name and password of one endpoint (a Kafka cluster's SASL login, a Kafka
 * Connect cluster's REST login, a database's login), stored under a credentials key: Save replaces what is stored, Clear removes it. The password field is masked and never pre-filled;
 * the dialog only collects the choice, {@link EndpointCredentials} applies it.
 */
public final class CredentialsDialog extends FieldsDialog {

	/** Title of the dialog's window, for tests that look for it. */
	public static final String TITLE = "Cluster Credentials";
	/** Labels of the dialog's fields and buttons, for tests that use it as an operator would. */
	public static final String KEY = "Credentials key:";
	public static final String USERNAME = "User name:";
	public static final String PASSWORD = "Password:";
	public static final String TRUSTSTORE_PASSWORD = "Truststore password:";
	public static final String SAVE = "Save";
	public static final String CLEAR = "Clear Stored";

	private static final int CLEAR_ID = IDialogConstants.CLIENT_ID + 1;

	/**
	 * What the operator chose: store {@code password} for {@code username} under {@code key} (when a user name
	 * is given) and the truststore's password (when one is given), or clear everything stored under the key.
	 */
	public record Choice(String key, String username, char[] password, char[] truststorePassword, boolean clear) {
	}

	private final String heading;
	private final String initialKey;
	private final String initialUsername;
	private final boolean withTruststore;
	private Text key;
	private Text username;
	private Text password;
	private Text truststorePassword;
	private Choice choice;

	/**
	 * A dialog headed {@code heading} (what the credentials are for), pre-filled with the key and the user name
	 * stored under it, if any; {@code withTruststore} adds the password of a truststore (a Kafka cluster's).
	 */
	public CredentialsDialog(Shell parent, String heading, String initialKey, Optional<String> initialUsername,
			boolean withTruststore) {
		super(parent, TITLE);
		this.heading = heading;
		this.initialKey = initialKey;
		this.initialUsername = initialUsername.orElse("");
		this.withTruststore = withTruststore;
	}

	@Override
	protected void createFields(Composite fields) {
		setTitle(heading);
		setMessage("Kept encrypted in Eclipse secure storage; the topology file holds only the key.");
		key = field(fields, KEY, SWT.NONE, initialKey);
		username = field(fields, USERNAME, SWT.NONE, initialUsername);
		password = field(fields, PASSWORD, SWT.PASSWORD, "");
		key.addModifyListener(event -> updateButtons());
		username.addModifyListener(event -> updateButtons());
		password.addModifyListener(event -> updateButtons());
		if (withTruststore) {
			truststorePassword = field(fields, TRUSTSTORE_PASSWORD, SWT.PASSWORD, "");
			truststorePassword.setToolTipText("For SSL and SASL_SSL: the password of the truststore named by the"
					+ " cluster's ssl.truststore.location client property. Leave empty to keep the stored one.");
			truststorePassword.addModifyListener(event -> updateButtons());
		}
	}

	@Override
	protected void createButtonsForButtonBar(Composite parent) {
		createButton(parent, IDialogConstants.OK_ID, SAVE, true);
		createButton(parent, CLEAR_ID, CLEAR, false);
		createButton(parent, IDialogConstants.CANCEL_ID, IDialogConstants.CANCEL_LABEL, false);
		updateButtons();
	}

	private void updateButtons() {
		Button save = getButton(IDialogConstants.OK_ID);
		Button clear = getButton(CLEAR_ID);
		if (save == null || clear == null) {
			return;
		}
		boolean hasKey = !key.getText().isBlank();
		boolean login = !username.getText().isBlank() && !password.getText().isEmpty();
		boolean truststore = truststorePassword != null && !truststorePassword.getText().isEmpty();
		save.setEnabled(hasKey && (login || (truststore && username.getText().isBlank())));
		clear.setEnabled(hasKey);
	}

	@Override
	protected void buttonPressed(int buttonId) {
		if (buttonId == IDialogConstants.OK_ID || buttonId == CLEAR_ID) {
			boolean clear = buttonId == CLEAR_ID;
			choice = new Choice(key.getText().strip(), clear ? "" : username.getText().strip(),
					clear ? new char[0] : password.getTextChars(),
					clear || truststorePassword == null ? new char[0] : truststorePassword.getTextChars(), clear);
			setReturnCode(OK);
			close();
		} else {
			super.buttonPressed(buttonId);
		}
	}

	/** What the operator chose; empty when cancelled. */
	public Optional<Choice> choice() {
		return Optional.ofNullable(choice);
	}

	/** Forgets the password typed, once it has been stored. */
	public static void wipe(Choice choice) {
		Arrays.fill(choice.password(), '\0');
		Arrays.fill(choice.truststorePassword(), '\0');
	}
}
