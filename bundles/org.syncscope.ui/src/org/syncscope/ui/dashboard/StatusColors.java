package org.syncscope.ui.dashboard;

import org.eclipse.swt.graphics.Color;
import org.syncscope.core.lag.Severity;

/** The colours of link and endpoint states, the same in the table, the charts and the overview. */
public final class StatusColors {

	private static final Color OK = new Color(0xC8, 0xE6, 0xC9);
	private static final Color WARNING = new Color(0xFF, 0xE0, 0x82);
	private static final Color CRITICAL = new Color(0xEF, 0x9A, 0x9A);
	private static final Color UNKNOWN = new Color(0xE0, 0xE0, 0xE0);

	private StatusColors() {
	}

	/** The background colour for a severity. */
	public static Color of(Severity severity) {
		return switch (severity) {
		case OK -> OK;
		case WARNING -> WARNING;
		case CRITICAL -> CRITICAL;
		case UNKNOWN -> UNKNOWN;
		};
	}
}
