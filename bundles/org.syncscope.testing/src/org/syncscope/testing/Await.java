package org.syncscope.testing;

import java.time.Duration;
import java.util.function.BooleanSupplier;

/**
 * Waits for a condition with a bounded timeout instead of sleeping a fixed time: a test is as fast as the
 * system under test and fails with a message that says what never happened.
 */
public final class Await {

	private static final long POLL_MILLIS = 20;

	private Await() {
	}

	/**
	 * Polls {@code condition} until it holds or {@code timeout} passes.
	 *
	 * @throws AssertionError naming {@code what} when the timeout passes first
	 */
	public static void until(String what, Duration timeout, BooleanSupplier condition) {
		long deadline = System.nanoTime() + timeout.toNanos();
		while (!condition.getAsBoolean()) {
			if (System.nanoTime() > deadline) {
				throw new AssertionError("Timed out after " + timeout.toSeconds() + " s waiting for: " + what);
			}
			try {
				Thread.sleep(POLL_MILLIS);
			} catch (InterruptedException e) {
				Thread.currentThread().interrupt();
				throw new AssertionError("Interrupted while waiting for: " + what, e);
			}
		}
	}
}
