package org.syncscope.ui.status;

import jakarta.annotation.PostConstruct;
import jakarta.inject.Inject;

import org.eclipse.e4.core.di.annotations.Optional;
import org.eclipse.e4.ui.di.UIEventTopic;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;

/**
 * The status line at the bottom of the window. Anything in the workbench posts a message to it by sending
 * a String on the event topic {@link #TOPIC_MESSAGE} through the {@code IEventBroker}; beside it, the
 * dashboard keeps a live line about the links' health ({@link #TOPIC_HEALTH}).
 */
public class StatusLine {

	/** Event topic whose String payload replaces the message shown. */
	public static final String TOPIC_MESSAGE = "org/syncscope/ui/status/message";

	/** Event topic whose String payload replaces the live summary of the links' health (right side). */
	public static final String TOPIC_HEALTH = "org/syncscope/ui/status/health";

	/** Message shown before anything else was posted. */
	public static final String READY = "Ready";

	private Label message;
	private Label health;

	@PostConstruct
	public void createControls(Composite parent) {
		Composite line = new Composite(parent, SWT.NONE);
		GridLayoutFactory.fillDefaults().numColumns(2).margins(6, 2).spacing(24, 0).applyTo(line);
		message = new Label(line, SWT.NONE);
		message.setText(READY);
		GridDataFactory.fillDefaults().grab(true, false).hint(500, SWT.DEFAULT).applyTo(message);
		health = new Label(line, SWT.NONE);
		GridDataFactory.fillDefaults().hint(460, SWT.DEFAULT).applyTo(health);
	}

	@Inject
	@Optional
	void showHealth(@UIEventTopic(TOPIC_HEALTH) String text) {
		if (health != null && !health.isDisposed()) {
			health.setText(text);
		}
	}

	/** The links' health currently shown. */
	public String currentHealth() {
		return health.getText();
	}

	@Inject
	@Optional
	void showMessage(@UIEventTopic(TOPIC_MESSAGE) String text) {
		if (message != null && !message.isDisposed()) {
			message.setText(text);
			message.getParent().layout();
		}
	}

	/** The message currently shown. */
	public String currentMessage() {
		return message.getText();
	}
}
