package org.syncscope.core.conflict;

/**
 * What the detector did with one event; returned instead of an object so that the common cases allocate
 * nothing, and counted in {@link DetectorStats}.
 */
public enum Outcome {
	/** First version seen of the key (or first since it was evicted: then it could not be checked). */
	NEW_KEY,
	/** The event supersedes the stored version. */
	ADVANCED,
	/** The event has the same vector as the stored version (a redelivery). */
	DUPLICATE,
	/** The stored version supersedes the event (an old event arriving late). */
	STALE,
	/** The event is concurrent with the stored version and differs in content: a conflict was opened. */
	CONFLICT_OPENED,
	/** The event is concurrent with every remaining sibling of an open conflict and joined it. */
	SIBLING_ADDED,
	/** The event is concurrent but identical in content: counted and closed without a resolution. */
	PSEUDO_CONFLICT,
	/** The event supersedes every sibling of an open conflict (typically the resolution): the key is clean. */
	CONFLICT_CLOSED,
	/** Not tracked: the replica limit was reached, or every tracked key is pinned by an open conflict. */
	UNTRACKED
}
