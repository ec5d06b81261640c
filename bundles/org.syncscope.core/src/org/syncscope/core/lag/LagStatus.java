package org.syncscope.core.lag;

/**
 * The health of a partition or link as judged from its recent commits (see {@link StatusRules}). Declared
 * from best to worst so that a link takes the worst status of its partitions.
 */
public enum LagStatus {
	/** Keeping up, or caught up at least once within the window. */
	OK,
	/** Committing, but lag grew at every commit of the window. */
	WARNING,
	/** Lag above zero while the committed offset did not move over the window. */
	STALLED,
	/** Lag above zero and no commit for longer than the window spans. */
	STOPPED,
	/** The committed offset went backwards (a reset or a replay from an earlier offset). */
	REWIND,
	/** The endpoint could not be reached; nothing is known. */
	ERROR,
	/** The cluster refused to tell: an ACL is missing for the link's change log or group; nothing is known. */
	DENIED,
	/** The consumer group is rebalancing: offsets are in flux, so no lag figure is given. */
	REBALANCING;

	/** The severity this status implies before thresholds are considered. */
	public Severity severity() {
		return switch (this) {
		case OK -> Severity.OK;
		case WARNING -> Severity.WARNING;
		case STALLED, STOPPED, REWIND, ERROR, DENIED -> Severity.CRITICAL;
		case REBALANCING -> Severity.UNKNOWN;
		};
	}

	/** The worse of two statuses. */
	public static LagStatus worst(LagStatus a, LagStatus b) {
		return a.compareTo(b) >= 0 ? a : b;
	}
}
