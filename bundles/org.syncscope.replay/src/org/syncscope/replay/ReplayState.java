package org.syncscope.replay;

/** Where a replay job stands; {@link #RUNNING} after a crash means it can be resumed. */
public enum ReplayState {
	RUNNING, COMPLETED, CANCELLED, FAILED;

	/** Whether a job in this state can be resumed from its last committed batch. */
	public boolean isResumable() {
		return this != COMPLETED;
	}
}
