package org.syncscope.testing.ui;

import java.time.Duration;
import java.util.Optional;
import java.util.function.Consumer;

import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Shell;

/**
 * Works a modal dialog as an operator would: the code that opens it blocks in the dialog's own event loop,
 * so the operator's steps run from a timer inside that loop once a shell with the dialog's title shows. A
 * failed step closes the dialog (a test never hangs in it) and fails the test after the opener returns.
 */
public final class ModalDialogs {

	private static final int TIMER_MILLIS = 20;

	private ModalDialogs() {
	}

	/**
	 * Runs {@code opener} (which opens the dialog titled {@code title} and returns when it closes) while
	 * {@code operator} works the dialog once it shows, at most {@code timeout} later.
	 *
	 * @throws AssertionError when the dialog never showed or a step of {@code operator} failed
	 */
	public static void operate(Display display, String title, Duration timeout, Consumer<Shell> operator,
			Runnable opener) {
		Throwable[] outcome = { new AssertionError("The dialog '" + title + "' never showed") };
		long deadline = System.nanoTime() + timeout.toNanos();
		display.timerExec(TIMER_MILLIS, new Runnable() {
			@Override
			public void run() {
				Optional<Shell> dialog = Widgets.shellTitled(display, title);
				if (dialog.isEmpty()) {
					if (System.nanoTime() < deadline) {
						display.timerExec(TIMER_MILLIS, this);
					}
					return;
				}
				try {
					operator.accept(dialog.get());
					outcome[0] = null;
				} catch (Throwable failed) {
					outcome[0] = failed;
				} finally {
					if (!dialog.get().isDisposed()) {
						dialog.get().close();
					}
				}
			}
		});
		opener.run();
		if (outcome[0] != null) {
			throw new AssertionError("Working the dialog '" + title + "' failed", outcome[0]);
		}
	}
}
