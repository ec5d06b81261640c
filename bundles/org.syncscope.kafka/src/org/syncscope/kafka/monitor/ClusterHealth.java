package org.syncscope.kafka.monitor;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

/**
 * The status of one cluster, since when, the last error an operator needs to see, and how long the last
 * complete lag poll round took (absent before the first).
 */
public record ClusterHealth(String clusterId, String name, String bootstrapServers, ClusterStatus status,
		Optional<String> lastError, Instant since, Optional<Duration> lastPollRound) {
}
