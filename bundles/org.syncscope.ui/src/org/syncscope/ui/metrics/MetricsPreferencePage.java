package org.syncscope.ui.metrics;

import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.jface.preference.PreferencePage;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Text;
import org.osgi.service.prefs.BackingStoreException;
import org.syncscope.metrics.ListenAddress;

/** The Metrics page of Window > Preferences: whether and where the workbench serves Prometheus metrics. */
public class MetricsPreferencePage extends PreferencePage {

	private Button serve;
	private Text address;

	public MetricsPreferencePage() {
		super("Metrics");
		setDescription("Serve the dashboard's figures (lag, status, throughput, conflicts, quarantined records) to"
				+ " Prometheus over HTTP while the workbench runs. The same metrics as syncscope monitor"
				+ " --prometheus; docs/grafana has a dashboard for them.");
	}

	@Override
	protected Control createContents(Composite parent) {
		Composite page = new Composite(parent, SWT.NONE);
		GridLayoutFactory.fillDefaults().numColumns(2).applyTo(page);
		serve = new Button(page, SWT.CHECK);
		serve.setText("Serve Prometheus metrics");
		serve.setSelection(MetricsPreferences.enabled());
		GridDataFactory.fillDefaults().span(2, 1).applyTo(serve);
		new Label(page, SWT.NONE).setText("Address (HOST:PORT):");
		address = new Text(page, SWT.BORDER);
		address.setText(MetricsPreferences.address().toString());
		address.setMessage(MetricsPreferences.DEFAULT_ADDRESS);
		GridDataFactory.fillDefaults().grab(true, false).hint(220, SWT.DEFAULT).applyTo(address);
		Label note = new Label(page, SWT.WRAP);
		note.setText("A bare port listens on 127.0.0.1 only; name an interface (for example 0.0.0.0:9464) to let"
				+ " other machines scrape. The metrics carry no secrets, but they do name links and clusters.");
		GridDataFactory.fillDefaults().span(2, 1).grab(true, false).hint(400, SWT.DEFAULT).applyTo(note);
		address.addModifyListener(event -> check());
		serve.addListener(SWT.Selection, event -> check());
		check();
		return page;
	}

	private void check() {
		try {
			ListenAddress.parse(address.getText());
			setErrorMessage(null);
			setValid(true);
		} catch (IllegalArgumentException e) {
			setErrorMessage(e.getMessage());
			setValid(false);
		}
	}

	@Override
	protected void performDefaults() {
		serve.setSelection(false);
		address.setText(MetricsPreferences.DEFAULT_ADDRESS);
		super.performDefaults();
	}

	@Override
	public boolean performOk() {
		if (serve == null) {
			return true; // never shown: nothing changed (the dialog asks every page it holds)
		}
		try {
			MetricsPreferences.set(serve.getSelection(), ListenAddress.parse(address.getText()));
			return true;
		} catch (BackingStoreException e) {
			setErrorMessage("Cannot save the preference: " + e.getMessage());
			return false;
		}
	}
}
