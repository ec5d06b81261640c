package org.syncscope.connect.monitor;

import java.net.URI;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.syncscope.connect.monitor.ConnectAuthorization.ConnectCredentialException;
import org.syncscope.connect.monitor.ConnectClusterSpec.LinkConnectors;
import org.syncscope.topology.CdcLinks;
import org.syncscope.topology.KafkaConnectCluster;
import org.syncscope.topology.SyncLink;
import org.syncscope.topology.Topology;

/**
 * Reads what Connect monitoring needs out of a topology: one {@link ConnectClusterSpec} per Kafka Connect
 * cluster that runs connectors of enabled CDC links. Called on the thread that owns the model; the specs are
 * immutable afterwards.
 */
public final class ConnectSpecs {

	private ConnectSpecs() {
	}

	/** The Connect clusters of {@code topology}'s CDC links; credentials resolved through {@code authorization}. */
	public static List<ConnectClusterSpec> of(Topology topology, ConnectAuthorization authorization)
			throws ConnectCredentialException {
		Map<KafkaConnectCluster, List<LinkConnectors>> linksByCluster = new LinkedHashMap<>();
		for (SyncLink link : topology.getLinks()) {
			KafkaConnectCluster connect = link.getConnectCluster();
			if (link.isEnabled() && CdcLinks.isCdc(link) && connect != null && connect.getRestUrl() != null
					&& !connect.getRestUrl().isBlank()) {
				linksByCluster.computeIfAbsent(connect, key -> new ArrayList<>()).add(new LinkConnectors(link.getId(),
						named(link.getSourceConnector()), named(link.getSinkConnector())));
			}
		}
		List<ConnectClusterSpec> clusters = new ArrayList<>();
		for (Map.Entry<KafkaConnectCluster, List<LinkConnectors>> entry : linksByCluster.entrySet()) {
			KafkaConnectCluster connect = entry.getKey();
			Optional<String> header = named(connect.getCredentialsKey()).isPresent()
					? authorization.authorization(connect.getCredentialsKey())
					: Optional.empty();
			clusters.add(new ConnectClusterSpec(connect.getId(), connect.getName(), URI.create(connect.getRestUrl()),
					header, entry.getValue()));
		}
		return clusters;
	}

	private static Optional<String> named(String name) {
		return name == null || name.isBlank() ? Optional.empty() : Optional.of(name);
	}
}
