package org.syncscope.kafka.monitor;

import java.time.Instant;
import java.util.Optional;

/** The status of one cluster, since when, and the last error an operator needs to see. */
public record ClusterHealth(String clusterId, String name, String bootstrapServers, ClusterStatus status,
		Optional<String> lastError, Instant since) {
}
