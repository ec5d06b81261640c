package org.syncscope.ui.handlers;

import jakarta.inject.Named;

import org.eclipse.e4.core.di.annotations.Execute;
import org.eclipse.e4.ui.services.IServiceConstants;
import org.eclipse.swt.widgets.Shell;
import org.syncscope.ui.about.AboutDialog;
import org.syncscope.ui.about.ComponentVersions;

/** Opens the About dialog with the versions of SyncScope and the components it runs on. */
public class AboutHandler {

	@Execute
	public void execute(@Named(IServiceConstants.ACTIVE_SHELL) Shell shell) {
		new AboutDialog(shell, ComponentVersions.ofRunningPlatform()).open();
	}
}
