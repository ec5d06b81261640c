package org.syncscope.ui.handlers;

import java.util.Comparator;
import java.util.List;

import jakarta.inject.Inject;

import org.eclipse.e4.core.di.annotations.Execute;
import org.eclipse.e4.core.di.extensions.Service;
import org.eclipse.e4.ui.model.application.ui.basic.MWindow;
import org.eclipse.jface.preference.PreferenceDialog;
import org.eclipse.jface.preference.PreferenceManager;
import org.eclipse.jface.preference.PreferenceNode;
import org.eclipse.swt.widgets.Shell;
import org.syncscope.ui.metrics.MetricsPreferencePage;
import org.syncscope.ui.preferences.DashboardPreferencePage;
import org.syncscope.ui.preferences.PreferencePageContribution;

/** Window > Preferences: the Dashboard and Metrics pages and the pages other bundles contribute, in a JFace dialog. */
public class PreferencesHandler {

	@Inject
	@Service
	private List<PreferencePageContribution> contributions;

	@Execute
	public void execute(MWindow window) {
		PreferenceManager pages = new PreferenceManager();
		pages.addToRoot(new PreferenceNode("dashboard", new DashboardPreferencePage()));
		pages.addToRoot(new PreferenceNode("metrics", new MetricsPreferencePage()));
		contributions.stream().sorted(Comparator.comparing(PreferencePageContribution::id))
				.forEach(page -> pages.addToRoot(new PreferenceNode(page.id(), page.createPage())));
		PreferenceDialog dialog = new PreferenceDialog((Shell) window.getWidget(), pages);
		dialog.open();
	}
}
