package org.syncscope.ui.topology.credentials;

import org.eclipse.jface.dialogs.TitleAreaDialog;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Text;

/** A titled dialog of labelled text fields in two columns: the common form of the credentials dialogs. */
abstract class FieldsDialog extends TitleAreaDialog {

	private final String windowTitle;

	FieldsDialog(Shell parent, String windowTitle) {
		super(parent);
		this.windowTitle = windowTitle;
	}

	@Override
	protected void configureShell(Shell shell) {
		super.configureShell(shell);
		shell.setText(windowTitle);
	}

	@Override
	protected Control createDialogArea(Composite parent) {
		Composite area = (Composite) super.createDialogArea(parent);
		Composite fields = new Composite(area, SWT.NONE);
		fields.setLayout(new GridLayout(2, false));
		fields.setLayoutData(new GridData(SWT.FILL, SWT.FILL, true, true));
		createFields(fields);
		return area;
	}

	/** Sets the heading and message and adds the fields with {@link #field}. */
	protected abstract void createFields(Composite fields);

	/** A labelled text field with {@code style} (e.g. {@code SWT.PASSWORD}) holding {@code value}. */
	protected static Text field(Composite fields, String label, int style, String value) {
		new Label(fields, SWT.NONE).setText(label);
		Text text = new Text(fields, SWT.BORDER | style);
		text.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
		text.setText(value);
		return text;
	}
}
