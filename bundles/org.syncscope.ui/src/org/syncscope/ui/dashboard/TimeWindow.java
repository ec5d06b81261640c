package org.syncscope.ui.dashboard;

import java.time.Duration;

/** The spans of history the dashboard's charts show. */
public enum TimeWindow {
	FIVE_MINUTES("Last 5 minutes", Duration.ofMinutes(5)),
	ONE_HOUR("Last hour", Duration.ofHours(1)),
	ONE_DAY("Last 24 hours", Duration.ofHours(24)),
	ONE_WEEK("Last 7 days", Duration.ofDays(7));

	private final String label;
	private final Duration span;

	TimeWindow(String label, Duration span) {
		this.label = label;
		this.span = span;
	}

	/** What the window selector shows. */
	public String label() {
		return label;
	}

	/** How far back the window reaches. */
	public Duration span() {
		return span;
	}
}
