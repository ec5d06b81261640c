package org.syncscope.store.history;

import java.util.Objects;

/**
 * One link's figures at one moment (or averaged over one minute, for the long-term history): status, lag in
 * events and milliseconds (negative when unknown) and whether that time lag was an estimate, throughput, the
 * detector's cumulative conflict counts, and how far the link's source is behind its database in bytes (a
 * Debezium source's replication slot; negative when not known or not read).
 */
public record MetricSample(String linkId, long timeMillis, String status, long offsetLag, long timeLagMillis,
		double eventsPerSecond, double bytesPerSecond, long conflictsDetected, long conflictsClosed,
		int openConflicts, boolean timeLagEstimated, long slotLagBytes) {

	/** Marks a lag figure that was not known at the time. */
	public static final long UNKNOWN = -1;

	public MetricSample {
		Objects.requireNonNull(linkId, "linkId");
	}

	/** A sample whose time lag, if known, was measured, of a link without a slot lag. */
	public MetricSample(String linkId, long timeMillis, String status, long offsetLag, long timeLagMillis,
			double eventsPerSecond, double bytesPerSecond, long conflictsDetected, long conflictsClosed,
			int openConflicts) {
		this(linkId, timeMillis, status, offsetLag, timeLagMillis, eventsPerSecond, bytesPerSecond,
				conflictsDetected, conflictsClosed, openConflicts, false, UNKNOWN);
	}
}
