package org.syncscope.connect.monitor;

import java.net.URI;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.syncscope.connect.monitor.ConnectClusterSpec.LinkConnectors;
import org.syncscope.connect.monitor.ConnectClusterSpec.SourceDatabase;
import org.syncscope.connect.monitor.Logins.LoginException;
import org.syncscope.topology.CdcLinks;
import org.syncscope.topology.Database;
import org.syncscope.topology.KafkaConnectCluster;
import org.syncscope.topology.SyncLink;
import org.syncscope.topology.Topology;

/**
 * Reads what Connect monitoring needs out of a topology: one {@link ConnectClusterSpec} per Kafka Connect
 * cluster that runs connectors of enabled CDC links, each link with the database its source captures. Called on the thread that owns the model; the specs are
 * immutable afterwards.
 */
public final class ConnectSpecs {

	private ConnectSpecs() {
	}

	/**
	 * The Connect clusters of {@code topology}'s CDC links, with each link's source database (for its slot's
	 * lag); credentials keys resolved through {@code logins}.
	 */
	public static List<ConnectClusterSpec> of(Topology topology, Logins logins) throws LoginException {
		Map<KafkaConnectCluster, List<LinkConnectors>> linksByCluster = new LinkedHashMap<>();
		for (SyncLink link : topology.getLinks()) {
			KafkaConnectCluster connect = link.getConnectCluster();
			if (link.isEnabled() && CdcLinks.isCdc(link) && connect != null && connect.getRestUrl() != null
					&& !connect.getRestUrl().isBlank()) {
				linksByCluster.computeIfAbsent(connect, key -> new ArrayList<>()).add(new LinkConnectors(link.getId(),
						named(link.getSourceConnector()), named(link.getSinkConnector()), sourceDatabase(link, logins)));
			}
		}
		List<ConnectClusterSpec> clusters = new ArrayList<>();
		for (Map.Entry<KafkaConnectCluster, List<LinkConnectors>> entry : linksByCluster.entrySet()) {
			KafkaConnectCluster connect = entry.getKey();
			Optional<String> header = login(connect.getCredentialsKey(), logins).map(Logins::basic);
			clusters.add(new ConnectClusterSpec(connect.getId(), connect.getName(), URI.create(connect.getRestUrl()),
					header, entry.getValue()));
		}
		return clusters;
	}

	private static Optional<SourceDatabase> sourceDatabase(SyncLink link, Logins logins) throws LoginException {
		if (!(link.getSource() instanceof Database database) || named(database.getJdbcUrl()).isEmpty()) {
			return Optional.empty();
		}
		Optional<Logins.Login> login = login(database.getCredentialsKey(), logins);
		return Optional.of(new SourceDatabase(database.getJdbcUrl(), login.map(Logins.Login::username),
				login.map(found -> new String(found.password())), link.getTables()));
	}

	private static Optional<Logins.Login> login(String key, Logins logins) throws LoginException {
		return named(key).isPresent() ? logins.login(key) : Optional.empty();
	}

	private static Optional<String> named(String name) {
		return name == null || name.isBlank() ? Optional.empty() : Optional.of(name);
	}
}
