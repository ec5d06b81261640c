package org.syncscope.ui.preferences;

import org.eclipse.jface.preference.PreferencePage;

/**
 * A page another SyncScope bundle adds to Window > Preferences, offered as an OSGi service; the pages follow
 * the Dashboard page in the order of their ids.
 */
public interface PreferencePageContribution {

	/** A stable id of the page. */
	String id();

	/** A new page, each time the dialog opens. */
	PreferencePage createPage();
}
