package org.syncscope.store.history;

import java.time.Duration;

/**
 * The two granularities history is kept in: one sample a second for the last hour, one a minute (averages,
 * maximum lag) for thirty days. A read picks the finest one that still covers its window.
 */
public enum Resolution {
	SECOND(Duration.ofSeconds(1), Duration.ofHours(1)),
	MINUTE(Duration.ofMinutes(1), Duration.ofDays(30));

	private final Duration step;
	private final Duration retention;

	Resolution(Duration step, Duration retention) {
		this.step = step;
		this.retention = retention;
	}

	/** The time between two samples. */
	public Duration step() {
		return step;
	}

	/** How long samples of this resolution are kept. */
	public Duration retention() {
		return retention;
	}

	/** The finest resolution whose retention covers samples as old as {@code fromMillis} at {@code nowMillis}. */
	public static Resolution covering(long fromMillis, long nowMillis) {
		return nowMillis - fromMillis <= SECOND.retention.toMillis() ? SECOND : MINUTE;
	}
}
