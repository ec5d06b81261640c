package org.syncscope.store.history;

import java.util.Objects;

/**
 * One link's figures at one moment (or averaged over one minute, for the long-term history): status, lag in
 * events and milliseconds (negative when unknown), throughput, and the detector's cumulative conflict counts.
 */
public record MetricSample(String linkId, long timeMillis, String status, long offsetLag, long timeLagMillis,
		double eventsPerSecond, double bytesPerSecond, long conflictsDetected, long conflictsClosed,
		int openConflicts) {

	/** Marks a lag figure that was not known at the time. */
	public static final long UNKNOWN = -1;

	public MetricSample {
		Objects.requireNonNull(linkId, "linkId");
	}
}
