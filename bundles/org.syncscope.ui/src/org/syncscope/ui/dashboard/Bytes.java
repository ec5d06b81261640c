package org.syncscope.ui.dashboard;

import java.util.Locale;

/** A number of bytes as people read it: B, kB, MB, GB (powers of 1,000, one decimal above bytes). */
final class Bytes {

	private static final String[] UNITS = { "kB", "MB", "GB", "TB" };

	private Bytes() {
	}

	static String format(long bytes) {
		if (Math.abs(bytes) < 1_000) {
			return bytes + " B";
		}
		double value = bytes;
		int unit = -1;
		while (Math.abs(value) >= 1_000 && unit < UNITS.length - 1) {
			value /= 1_000;
			unit++;
		}
		return String.format(Locale.ROOT, "%.1f %s", value, UNITS[unit]);
	}
}
