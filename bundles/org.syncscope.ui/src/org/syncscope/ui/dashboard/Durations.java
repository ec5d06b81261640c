package org.syncscope.ui.dashboard;

import java.time.Duration;
import java.util.Locale;

/** Durations the way an operator reads them: seconds while short, then minutes, hours and days. */
final class Durations {

	private Durations() {
	}

	static String format(Duration duration) {
		double seconds = seconds(duration);
		if (seconds < 100) {
			return String.format(Locale.ROOT, "%.1f s", seconds);
		}
		if (seconds < 100 * 60) {
			return String.format(Locale.ROOT, "%.0f min", seconds / 60);
		}
		if (seconds < 48 * 3600) {
			return String.format(Locale.ROOT, "%.1f h", seconds / 3600);
		}
		return String.format(Locale.ROOT, "%.1f d", seconds / 86_400);
	}

	static double seconds(Duration duration) {
		return duration.toMillis() / 1000.0;
	}
}
