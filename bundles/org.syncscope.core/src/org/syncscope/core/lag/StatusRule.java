package org.syncscope.core.lag;

/**
 * The rule of {@link StatusRules} that decided a partition's status, with the words the console shows in a
 * tooltip so that an operator can see why a partition has the status it has.
 */
public enum StatusRule {
	/** Nothing is behind (or no more than the link's allowed lag). */
	CAUGHT_UP(LagStatus.OK, "caught up", "Caught up: the lag is zero (or within the link's allowed lag)"),
	/** Records wait for a first commit of the group, not for long yet. */
	AWAITING_FIRST_COMMIT(LagStatus.OK, "awaiting first commit",
			"Records wait for the applier group's first commit here"),
	/** Records have waited long and the group never committed an offset for the partition. */
	NEVER_COMMITTED(LagStatus.STOPPED, "never committed",
			"Stopped: records have waited longer than the link's minimum, and the "
			+ "applier group never committed an offset here"),
	/** Records wait, the committed offset does not move, and nobody is assigned the partition. */
	NOT_PROGRESSING(LagStatus.STOPPED, "no progress, nobody holds it",
			"Stopped: records have waited longer than the commit window spans (and the link's minimum), "
					+ "the committed offset has not moved, and no member of the applier group holds the partition"),
	/** Records wait, the committed offset does not move, though a member is assigned the partition. */
	HELD_WITHOUT_PROGRESS(LagStatus.STALLED, "held, no progress",
			"Stalled: a member of the applier group holds the partition, but its committed offset has not moved "
					+ "while records waited longer than the commit window spans (and the link's minimum)"),
	/** The lag was zero at one of the recent commits. */
	CAUGHT_UP_IN_WINDOW(LagStatus.OK, "caught up recently", "The lag was zero at a recent commit"),
	/** A committed offset went backwards and the lag has not been zero since. */
	REWOUND(LagStatus.REWIND, "rewound", "Rewind: a committed offset of the window is lower than the one before it, "
			+ "and the lag has not been zero since"),
	/** The lag grew from each commit to the next. */
	LAG_GROWING(LagStatus.WARNING, "lag growing", "Falling behind: the lag grew from each recent commit to the next"),
	/** Committing and progressing. */
	PROGRESSING(LagStatus.OK, "progressing", "Progressing: the committed offset moves and the lag falls at times");

	private final LagStatus status;
	private final String label;
	private final String description;

	StatusRule(LagStatus status, String label, String description) {
		this.status = status;
		this.label = label;
		this.description = description;
	}

	/** A few words naming the rule, for a table cell. */
	public String label() {
		return label;
	}

	/** The status this rule gives. */
	public LagStatus status() {
		return status;
	}

	/** What the rule found, in the operator's words. */
	public String description() {
		return description;
	}
}
