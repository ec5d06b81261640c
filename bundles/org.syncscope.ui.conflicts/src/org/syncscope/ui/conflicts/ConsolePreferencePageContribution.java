package org.syncscope.ui.conflicts;

import org.eclipse.jface.preference.PreferencePage;
import org.osgi.service.component.annotations.Component;
import org.syncscope.ui.preferences.PreferencePageContribution;

/** Adds the {@link ConsolePreferencePage} to Window > Preferences. */
@Component(service = PreferencePageContribution.class)
public final class ConsolePreferencePageContribution implements PreferencePageContribution {

	@Override
	public String id() {
		return "conflicts";
	}

	@Override
	public PreferencePage createPage() {
		return new ConsolePreferencePage();
	}
}
