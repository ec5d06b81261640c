package org.syncscope.core.lag;

/** The state of a link's consumer group as far as lag evaluation cares. */
public enum GroupState {
	/** Members are assigned; offsets mean something. */
	STABLE,
	/** Partitions are being reassigned. */
	REBALANCING,
	/** The cluster could not be asked. */
	UNREACHABLE,
	/** The cluster refused to tell: the user lacks an ACL for the link's change log or group. */
	DENIED
}
