package org.syncscope.ui.parts;

import jakarta.annotation.PostConstruct;

import org.eclipse.e4.ui.di.Focus;
import org.eclipse.e4.ui.model.application.ui.basic.MPart;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;

/**
 * Holds a place in the layout for a part whose content is not available yet, and tells the operator what
 * will appear there (the part's {@value #HINT_KEY} state in the application model).
 */
public class EmptyPart {

	/** Key of the persisted state that carries the hint shown by this part. */
	public static final String HINT_KEY = "hint";

	private Label hint;

	@PostConstruct
	public void createControls(Composite parent, MPart part) {
		parent.setLayout(new GridLayout());
		hint = new Label(parent, SWT.WRAP | SWT.CENTER);
		hint.setText(part.getPersistedState().getOrDefault(HINT_KEY, ""));
		hint.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, true));
	}

	@Focus
	public void setFocus() {
		hint.setFocus();
	}
}
