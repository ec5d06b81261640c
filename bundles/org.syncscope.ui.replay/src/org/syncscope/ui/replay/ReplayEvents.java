package org.syncscope.ui.replay;

/**
 * Event-broker topics by which a running replay tells the workbench about itself, so that the history part
 * shows progress without knowing who started the replay (the wizard or a repeat from the history).
 */
public final class ReplayEvents {

	/** A {@link ReplayRun} was scheduled; the payload is the job. */
	public static final String STARTED = "org/syncscope/ui/replay/started";
	/** A batch was committed; the payload is the {@code ReplayProgress}. */
	public static final String PROGRESS = "org/syncscope/ui/replay/progress";
	/** A replay ended; the payload is the {@code ReplayResult} or the error message. */
	public static final String FINISHED = "org/syncscope/ui/replay/finished";

	private ReplayEvents() {
	}
}
