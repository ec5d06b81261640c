package org.syncscope.resolution;

import java.util.Optional;

import org.syncscope.kafka.monitor.LinkSpec;
import org.syncscope.kafka.monitor.MonitoringService;

/** Finds a link's description and the cluster carrying its change log, as the console needs them. */
@FunctionalInterface
public interface LinkDirectory {

	/**
	 * A link and its cluster.
	 *
	 * @param spec the link
	 * @param clusterId the cluster its change log is on
	 */
	record LinkTarget(LinkSpec spec, String clusterId) {
	}

	/** The link {@code linkId}, if known. */
	Optional<LinkTarget> link(String linkId);

	/** The links monitoring watches at the time of each call. */
	static LinkDirectory of(MonitoringService monitoring) {
		return linkId -> monitoring.clusters().stream()
				.flatMap(cluster -> cluster.links().stream().filter(link -> link.id().equals(linkId))
						.map(link -> new LinkTarget(link, cluster.id())))
				.findFirst();
	}
}
