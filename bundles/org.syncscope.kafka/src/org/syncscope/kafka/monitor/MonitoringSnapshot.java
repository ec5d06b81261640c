package org.syncscope.kafka.monitor;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** The state of every monitored cluster and link at one moment; what the UI draws and the store samples. */
public record MonitoringSnapshot(Instant takenAt, List<ClusterHealth> clusters, List<LinkSnapshot> links) {

	/** Nothing monitored. */
	public static final MonitoringSnapshot EMPTY = new MonitoringSnapshot(Instant.EPOCH, List.of(), List.of());

	public MonitoringSnapshot {
		clusters = List.copyOf(clusters);
		links = List.copyOf(links);
	}

	/** The snapshot of the link with {@code id}, if monitored. */
	public Optional<LinkSnapshot> link(String id) {
		return links.stream().filter(link -> link.link().id().equals(id)).findFirst();
	}
}
