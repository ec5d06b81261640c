package org.syncscope.logging;

import java.time.Duration;
import java.util.Map;
import java.util.OptionalInt;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.LongSupplier;

/**
 * Lets one message of a kind through per window and counts the ones it holds back, so a library that repeats
 * a warning every second (a Kafka client whose broker is gone) fills neither the Log part nor the log file.
 * Thread-safe.
 */
public final class RepeatedMessages {

	/** How long a kind of message is held back after one was let through. */
	public static final Duration WINDOW = Duration.ofMinutes(1);

	/** The last one let through, and how many were held back: before it if admitted, since it if not. */
	private record Seen(long letThroughAt, int heldBack, boolean admitted) {
	}

	private final LongSupplier nanoClock;
	private final Map<String, Seen> seen = new ConcurrentHashMap<>();

	/** @param nanoClock a monotonic clock in nanoseconds, such as {@link System#nanoTime()} */
	public RepeatedMessages(LongSupplier nanoClock) {
		this.nanoClock = nanoClock;
	}

	/**
	 * @param kind what makes two messages the same kind (their logger and template, not their arguments)
	 * @return empty to hold this one back; otherwise how many of its kind were held back since the last one
	 *         let through
	 */
	public OptionalInt admit(String kind) {
		long now = nanoClock.getAsLong();
		Seen after = seen.compute(kind, (key, before) -> {
			if (before == null || now - before.letThroughAt() >= WINDOW.toNanos()) {
				return new Seen(now, before == null || before.admitted() ? 0 : before.heldBack(), true);
			}
			int heldBack = before.admitted() ? 1 : before.heldBack() + 1;
			return new Seen(before.letThroughAt(), heldBack, false);
		});
		return after.admitted() ? OptionalInt.of(after.heldBack()) : OptionalInt.empty();
	}
}
