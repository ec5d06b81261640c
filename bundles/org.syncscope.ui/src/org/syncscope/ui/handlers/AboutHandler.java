package org.syncscope.ui.handlers;

import org.eclipse.e4.core.di.annotations.Execute;
import org.eclipse.e4.ui.model.application.ui.basic.MWindow;
import org.eclipse.swt.widgets.Shell;
import org.syncscope.ui.about.AboutDialog;
import org.syncscope.ui.about.ComponentVersions;

/** Opens the About dialog with the versions of SyncScope and the components it runs on. */
public class AboutHandler {

	@Execute
	public void execute(MWindow window) {
		new AboutDialog((Shell) window.getWidget(), ComponentVersions.ofRunningPlatform()).open();
	}
}
