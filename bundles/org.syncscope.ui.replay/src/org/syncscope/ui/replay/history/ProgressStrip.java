package org.syncscope.ui.replay.history;

import java.util.Locale;

import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.ProgressBar;
import org.syncscope.replay.ReplayProgress;
import org.syncscope.replay.ReplayResult;
import org.syncscope.ui.replay.ReplayRun;

/**
 * The running replay at the top of the history: a bar of events done out of the total, the rate, and Cancel
 * (which cancels the job; the engine aborts the open batch). Driven by the part on the UI thread.
 */
final class ProgressStrip {

	private static final int SCALE = 1000;

	private final Label title;
	private final ProgressBar bar;
	private final Label detail;
	private final Button cancel;
	private ReplayRun run;

	ProgressStrip(Composite parent) {
		Composite strip = new Composite(parent, SWT.NONE);
		GridLayoutFactory.fillDefaults().numColumns(4).margins(4, 4).applyTo(strip);
		GridDataFactory.fillDefaults().grab(true, false).applyTo(strip);
		title = new Label(strip, SWT.NONE);
		title.setText("No replay running");
		GridDataFactory.fillDefaults().hint(320, SWT.DEFAULT).applyTo(title);
		bar = new ProgressBar(strip, SWT.HORIZONTAL | SWT.SMOOTH);
		bar.setMaximum(SCALE);
		GridDataFactory.fillDefaults().grab(true, false).applyTo(bar);
		detail = new Label(strip, SWT.NONE);
		GridDataFactory.fillDefaults().hint(300, SWT.DEFAULT).applyTo(detail);
		cancel = new Button(strip, SWT.PUSH);
		cancel.setText("&Cancel Replay");
		cancel.setEnabled(false);
		cancel.addListener(SWT.Selection, e -> {
			if (run != null) {
				run.cancel();
				detail.setText("Cancelling: the open batch is aborted…");
			}
		});
	}

	void started(ReplayRun started) {
		run = started;
		title.setText(started.getName());
		bar.setSelection(0);
		detail.setText("Starting…");
		cancel.setEnabled(true);
	}

	void progressed(ReplayProgress progress) {
		bar.setSelection(progress.total() == 0 ? SCALE : (int) (progress.done() * SCALE / progress.total()));
		detail.setText(progress.describe());
	}

	void finished(Object outcome) {
		cancel.setEnabled(false);
		run = null;
		if (outcome instanceof ReplayResult result) {
			detail.setText(String.format(Locale.ROOT, "%s: %,d of %,d events",
					result.state().name().toLowerCase(Locale.ROOT), result.done(), result.total()));
		} else {
			detail.setText(String.valueOf(outcome));
		}
	}

	/** The bar's position out of 1000, for tests and accessibility. */
	int permille() {
		return bar.getSelection();
	}

	String detail() {
		return detail.getText();
	}
}
