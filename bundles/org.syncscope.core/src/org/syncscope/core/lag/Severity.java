package org.syncscope.core.lag;

/**
 * How loudly the console should show a link: the worse of what its status implies and what its time lag
 * crosses among the link's warning and critical thresholds. Declared from mildest to worst.
 */
public enum Severity {
	/** Nothing to report. */
	OK,
	/** Worth a look. */
	WARNING,
	/** Needs action. */
	CRITICAL,
	/** Not measurable now (rebalancing). */
	UNKNOWN
}
