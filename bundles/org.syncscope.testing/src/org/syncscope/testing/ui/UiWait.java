package org.syncscope.testing.ui;

import java.time.Duration;
import java.util.function.BooleanSupplier;

import org.eclipse.swt.widgets.Display;

/**
 * Waits on the UI thread for a condition while the event loop keeps running, with a bounded timeout; the
 * UI-thread counterpart of {@link org.syncscope.testing.Await}.
 */
public final class UiWait {

	private static final int TIMER_MILLIS = 20;

	private UiWait() {
	}

	/** Runs the event loop until {@code condition} holds; fails naming {@code what} after {@code timeout}. */
	public static void until(Display display, String what, Duration timeout, BooleanSupplier condition) {
		long deadline = System.nanoTime() + timeout.toNanos();
		while (!condition.getAsBoolean()) {
			if (System.nanoTime() > deadline) {
				throw new AssertionError("Timed out after " + timeout.toSeconds() + " s waiting for: " + what);
			}
			if (!display.readAndDispatch()) {
				// wake up at the latest after a short timer, so time-based conditions are re-checked
				display.timerExec(TIMER_MILLIS, () -> {
				});
				display.sleep();
			}
		}
	}

	/**
	 * Keeps the event loop running for {@code duration}. Only for letting the toolkit paint before a
	 * screenshot; tests wait for conditions with {@link #until}.
	 */
	public static void runEventLoop(Display display, Duration duration) {
		long end = System.nanoTime() + duration.toNanos();
		until(display, "the event loop to run for " + duration.toMillis() + " ms", duration.plusSeconds(5),
				() -> System.nanoTime() >= end);
	}

	/** Dispatches every pending event (layout, paint) without waiting for new ones. */
	public static void processEvents(Display display) {
		while (display.readAndDispatch()) {
			// drain the queue
		}
	}
}
