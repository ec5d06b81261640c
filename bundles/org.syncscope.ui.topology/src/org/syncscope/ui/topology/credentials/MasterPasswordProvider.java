package org.syncscope.ui.topology.credentials;

import java.util.Arrays;
import java.util.concurrent.atomic.AtomicReference;

import javax.crypto.spec.PBEKeySpec;

import org.eclipse.equinox.security.storage.provider.IPreferencesContainer;
import org.eclipse.equinox.security.storage.provider.PasswordProvider;
import org.eclipse.swt.widgets.Display;

/**
 * The password provider of SyncScope's secure storage (registered in plugin.xml): Linux has no keyring
 * provider in the product, so the operator chooses a master password, asked for on the UI thread whichever
 * thread opens the storage. Equinox keeps it for the session.
 */
public final class MasterPasswordProvider extends PasswordProvider {

	@Override
	public PBEKeySpec getPassword(IPreferencesContainer container, int passwordType) {
		Display display = Display.getDefault();
		boolean confirm = (passwordType & (CREATE_NEW_PASSWORD | PASSWORD_CHANGE)) != 0;
		AtomicReference<char[]> typed = new AtomicReference<>();
		display.syncExec(() -> {
			MasterPasswordDialog dialog = new MasterPasswordDialog(display.getActiveShell(), confirm);
			if (dialog.open() == MasterPasswordDialog.OK) {
				dialog.password().ifPresent(typed::set);
			}
		});
		char[] password = typed.get();
		if (password == null) {
			return null; // cancelled: secure storage reports that no password was given
		}
		try {
			return new PBEKeySpec(password);
		} finally {
			Arrays.fill(password, '\0');
		}
	}
}
