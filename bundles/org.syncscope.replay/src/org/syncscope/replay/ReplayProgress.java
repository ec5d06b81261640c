package org.syncscope.replay;

import java.time.Duration;

/** Progress of a running replay after a committed batch: for the progress bar and the status line. */
public record ReplayProgress(String jobId, long done, long total, Duration elapsed) {

	/** Committed events per second since the replay (or its resume) started. */
	public double eventsPerSecond() {
		long millis = elapsed.toMillis();
		return millis <= 0 ? 0 : done * 1000.0 / millis;
	}

	/** For example {@code 1,500 / 4,000 events, 2,310 events/s}. */
	public String describe() {
		return String.format(java.util.Locale.ROOT, "%,d / %,d events, %,.0f events/s", done, total,
				eventsPerSecond());
	}
}
