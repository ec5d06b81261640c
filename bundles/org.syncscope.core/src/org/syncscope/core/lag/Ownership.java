package org.syncscope.core.lag;

/**
 * Whether a live member of a link's applier group is assigned a partition. Kafka's group API shows committed
 * offsets but not when a consumer last committed an unchanged offset, so this is what tells a consumer that
 * is there but not progressing (STALLED) from one that is gone (STOPPED).
 */
public enum Ownership {
	/** A member of the group is assigned the partition. */
	OWNED,
	/** The group has no member assigned the partition (no members at all, or the partition is unassigned). */
	UNOWNED,
	/** Not known (the group could not be described); judged as {@link #UNOWNED}. */
	UNKNOWN
}
