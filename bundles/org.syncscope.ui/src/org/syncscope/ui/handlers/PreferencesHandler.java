package org.syncscope.ui.handlers;

import org.eclipse.e4.core.di.annotations.Execute;
import org.eclipse.e4.ui.model.application.ui.basic.MWindow;
import org.eclipse.jface.preference.PreferenceDialog;
import org.eclipse.jface.preference.PreferenceManager;
import org.eclipse.jface.preference.PreferenceNode;
import org.eclipse.swt.widgets.Shell;
import org.syncscope.ui.preferences.DashboardPreferencePage;

/** Window > Preferences: SyncScope's preference pages in a JFace preference dialog. */
public class PreferencesHandler {

	@Execute
	public void execute(MWindow window) {
		PreferenceManager pages = new PreferenceManager();
		pages.addToRoot(new PreferenceNode("dashboard", new DashboardPreferencePage()));
		PreferenceDialog dialog = new PreferenceDialog((Shell) window.getWidget(), pages);
		dialog.open();
	}
}
