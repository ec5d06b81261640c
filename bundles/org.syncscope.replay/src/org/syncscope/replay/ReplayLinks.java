package org.syncscope.replay;

import java.util.Optional;
import java.util.Set;

import org.syncscope.kafka.monitor.CredentialException;
import org.syncscope.kafka.monitor.CredentialResolver;
import org.syncscope.kafka.monitor.TopologySpecs;
import org.syncscope.topology.KafkaCluster;
import org.syncscope.topology.SyncLink;
import org.syncscope.topology.Topology;

/**
 * Reads a {@link ReplayLink} out of a topology, on the thread that owns the model. The wizard passes the
 * selected link; the command line finds it by id or name.
 */
public final class ReplayLinks {

	private ReplayLinks() {
	}

	/** The link of {@code topology} whose id or, failing that, name is {@code idOrName}. */
	public static ReplayLink find(Topology topology, String idOrName, CredentialResolver credentials)
			throws ReplayException {
		Optional<SyncLink> link = topology.getLinks().stream().filter(l -> idOrName.equals(l.getId())).findFirst()
				.or(() -> topology.getLinks().stream().filter(l -> idOrName.equals(l.getName())).findFirst());
		if (link.isEmpty()) {
			throw new ReplayException("The topology has no link with id or name '" + idOrName + "'. Links: "
					+ String.join(", ", topology.getLinks().stream().map(SyncLink::getId).toList()));
		}
		return of(link.get(), credentials);
	}

	/** What a replay of {@code link} needs. */
	public static ReplayLink of(SyncLink link, CredentialResolver credentials) throws ReplayException {
		String name = link.getName() != null ? link.getName() : link.getId();
		KafkaCluster cluster = link.getCluster();
		if (cluster == null || cluster.getBootstrapServers() == null || cluster.getBootstrapServers().isBlank()) {
			throw new ReplayException("Link '" + name + "' has no Kafka cluster with bootstrap servers");
		}
		if (link.getChangeLogTopic() == null || link.getChangeLogTopic().isBlank()) {
			throw new ReplayException("Link '" + name + "' has no change-log topic");
		}
		try {
			return new ReplayLink(link.getId(), name, link.getChangeLogTopic(), Set.copyOf(link.getReplayTargetTopics()),
					link.getSensitiveFields(), cluster.getBootstrapServers(),
					TopologySpecs.clientProperties(cluster, credentials));
		} catch (CredentialException e) {
			throw new ReplayException("The credentials of cluster '" + cluster.getName() + "' cannot be read: "
					+ e.getMessage(), e);
		}
	}
}
