package org.syncscope.kafka.monitor;

/** How reachable a monitored cluster is. */
public enum ClusterStatus {
	/** Not polled yet. */
	CONNECTING,
	/** The last poll round answered completely. */
	UP,
	/** The cluster answered, but part of the round failed (a group or topic could not be read). */
	DEGRADED,
	/** The cluster did not answer; monitoring retries with backoff. */
	DOWN
}
