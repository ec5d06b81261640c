package org.syncscope.resolution;

/** Where a stored conflict is in its life. */
public enum ConflictState {
	/** Waiting for a decision. */
	OPEN,
	/** Put aside by an operator, with a reason; still waiting. */
	DEFERRED,
	/** Deliberately left as it is, with a reason; no longer in the queue. */
	IGNORED,
	/** A resolution was committed and is being (or was) written back; the detector has not closed it yet. */
	RESOLVED,
	/** The detector saw a version superseding every sibling: the key is clean. */
	CLOSED;

	/** Whether the conflict still waits for an operator. */
	public boolean pending() {
		return this == OPEN || this == DEFERRED;
	}
}
