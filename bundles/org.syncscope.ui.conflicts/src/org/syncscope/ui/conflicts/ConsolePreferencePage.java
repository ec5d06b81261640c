package org.syncscope.ui.conflicts;

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
import org.syncscope.resolution.ConsoleSettings;

/** The Conflict Console page of Window > Preferences: the operator name in the audit trail, read-only mode. */
public class ConsolePreferencePage extends PreferencePage {

	private Text operator;
	private Button readOnly;

	public ConsolePreferencePage() {
		super("Conflict Console");
		setDescription("Every decision made in the conflict console is recorded in the audit trail under the "
				+ "operator name. In read-only mode conflicts are shown and nothing can be changed. "
				+ "Changes apply at once.");
	}

	@Override
	protected Control createContents(Composite parent) {
		Composite page = new Composite(parent, SWT.NONE);
		GridLayoutFactory.fillDefaults().numColumns(2).applyTo(page);
		new Label(page, SWT.NONE).setText("Operator name:");
		operator = new Text(page, SWT.BORDER);
		operator.setText(ConsolePreferences.operator());
		operator.setMessage(ConsoleSettings.systemOperator() + " (the system user)");
		GridDataFactory.fillDefaults().grab(true, false).hint(240, SWT.DEFAULT).applyTo(operator);
		readOnly = new Button(page, SWT.CHECK);
		readOnly.setText("Read-only (viewer): show conflicts, change nothing");
		readOnly.setSelection(ConsolePreferences.readOnlyChosen() || ConsolePreferences.readOnlyForced());
		GridDataFactory.fillDefaults().span(2, 1).indent(0, 8).applyTo(readOnly);
		if (ConsolePreferences.readOnlyForced()) {
			readOnly.setEnabled(false);
			Label forced = new Label(page, SWT.WRAP);
			forced.setText("Read-only mode is set for this installation (-D" + ConsoleSettings.READ_ONLY_PROPERTY
					+ "=true) and cannot be switched off here.");
			GridDataFactory.fillDefaults().span(2, 1).hint(360, SWT.DEFAULT).applyTo(forced);
		}
		return page;
	}

	@Override
	protected void performDefaults() {
		operator.setText("");
		readOnly.setSelection(ConsolePreferences.readOnlyForced());
		super.performDefaults();
	}

	@Override
	public boolean performOk() {
		if (operator == null) {
			return true; // never shown: nothing changed (the dialog asks every page it holds)
		}
		try {
			ConsolePreferences.set(operator.getText(), readOnly.getSelection() && !ConsolePreferences.readOnlyForced());
			return true;
		} catch (BackingStoreException e) {
			setErrorMessage("Cannot save the preferences: " + e.getMessage());
			return false;
		}
	}
}
