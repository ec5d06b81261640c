package org.syncscope.ui.dashboard;

import java.time.Duration;

import org.jfree.data.Range;

/** The span of history the charts show, from and to epoch milliseconds: a preset window or a custom range. */
public record TimeRange(long fromMillis, long toMillis) {

	public TimeRange {
		if (toMillis <= fromMillis) {
			throw new IllegalArgumentException("The end must come after the start");
		}
	}

	/** The {@code span} of time that ends at {@code toMillis}. */
	public static TimeRange ending(long toMillis, Duration span) {
		return new TimeRange(toMillis - span.toMillis(), toMillis);
	}

	/** The range as the charts' time axis takes it. */
	public Range axisRange() {
		return new Range(fromMillis, toMillis);
	}
}
