package org.syncscope.store.history;

import java.util.Objects;

/**
 * One link's figures at one moment (or averaged over one minute, for the long-term history): status, lag in
 * events and milliseconds (negative when unknown) and whether that time lag was an estimate, throughput, and
 * the detector's cumulative conflict counts.
 */
public record MetricSample(String linkId, long timeMillis, String status, long offsetLag, long timeLagMillis,
		double eventsPerSecond, double bytesPerSecond, long conflictsDetected, long conflictsClosed,
		int openConflicts, boolean timeLagEstimated) {

	/** Marks a lag figure that was not known at the time. */
	public static final long UNKNOWN = -1;

	public MetricSample {
		Objects.requireNonNull(linkId, "linkId");
	}

	/** A sample whose time lag, if known, was measured. */
	public MetricSample(String linkId, long timeMillis, String status, long offsetLag, long timeLagMillis,
			double eventsPerSecond, double bytesPerSecond, long conflictsDetected, long conflictsClosed,
			int openConflicts) {
		this(linkId, timeMillis, status, offsetLag, timeLagMillis, eventsPerSecond, bytesPerSecond,
				conflictsDetected, conflictsClosed, openConflicts, false);
	}
}
