package org.syncscope.monitor;

import java.time.Duration;
import java.util.Optional;

import org.syncscope.kafka.monitor.ClusterHealth;
import org.syncscope.kafka.monitor.ClusterStatus;

/** One cluster of a report: its status, the error that explains it, and its last lag-poll round's duration. */
public record ClusterLine(String id, String name, String bootstrapServers, ClusterStatus status,
		Optional<String> error, Optional<Duration> lastPollRound, Verdict verdict) {

	static ClusterLine of(ClusterHealth health) {
		return new ClusterLine(health.clusterId(), health.name(), health.bootstrapServers(), health.status(),
				health.lastError(), health.lastPollRound(), Verdict.of(health.status()));
	}

	/** How the report names the status: "NOT REACHED" for a cluster still connecting when the report is made. */
	public String statusText() {
		return status == ClusterStatus.CONNECTING ? "NOT REACHED" : status.name();
	}
}
