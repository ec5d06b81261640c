package org.syncscope.ui.preferences;

import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.jface.preference.PreferencePage;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Spinner;
import org.osgi.service.prefs.BackingStoreException;

/** The Dashboard page of Window > Preferences: how often the dashboard redraws. */
public class DashboardPreferencePage extends PreferencePage {

	private Spinner refresh;

	public DashboardPreferencePage() {
		super("Dashboard");
		setDescription("The dashboard draws the latest monitoring data at this interval. Monitoring and "
				+ "history recording run at their own pace, whatever you choose here.");
	}

	@Override
	protected Control createContents(Composite parent) {
		Composite page = new Composite(parent, SWT.NONE);
		GridLayoutFactory.fillDefaults().numColumns(2).applyTo(page);
		new Label(page, SWT.NONE).setText("Refresh interval (ms):");
		refresh = new Spinner(page, SWT.BORDER);
		refresh.setValues(DashboardPreferences.refreshMillis(), DashboardPreferences.MIN_REFRESH_MILLIS,
				DashboardPreferences.MAX_REFRESH_MILLIS, 0, 250, 1_000);
		GridDataFactory.fillDefaults().hint(100, SWT.DEFAULT).applyTo(refresh);
		return page;
	}

	@Override
	protected void performDefaults() {
		refresh.setSelection(DashboardPreferences.DEFAULT_REFRESH_MILLIS);
		super.performDefaults();
	}

	@Override
	public boolean performOk() {
		try {
			DashboardPreferences.setRefreshMillis(refresh.getSelection());
			return true;
		} catch (BackingStoreException e) {
			setErrorMessage("Cannot save the preference: " + e.getMessage());
			return false;
		}
	}
}
