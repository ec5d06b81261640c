package org.syncscope.ui.topology.overview;

import java.util.HashMap;
import java.util.Map;

import org.eclipse.swt.graphics.RGB;
import org.syncscope.connect.monitor.ConnectText;
import org.syncscope.connect.monitor.LinkConnectState;
import org.syncscope.core.lag.Severity;
import org.syncscope.kafka.monitor.ClusterStatus;
import org.syncscope.kafka.monitor.LinkSnapshot;
import org.syncscope.kafka.monitor.MonitoringSnapshot;
import org.syncscope.topology.Endpoint;
import org.syncscope.topology.KafkaCluster;
import org.syncscope.topology.KafkaConnectCluster;
import org.syncscope.topology.SyncLink;

/**
 * Colours the overview from one monitoring snapshot and the connector states of the CDC links: a link by the
 * worse of its lag severity and its connectors' health, with their states as its note; an endpoint by the
 * worst severity of the links that touch it; a Kafka cluster red while it is down, a Kafka Connect cluster
 * red while it cannot be reached. Unmonitored elements stay neutral.
 */
final class SnapshotStatusColors implements StatusColors {

	private static final RGB OK = new RGB(0x66, 0xBB, 0x6A);
	private static final RGB WARNING = new RGB(0xFF, 0xB3, 0x00);
	private static final RGB CRITICAL = new RGB(0xE5, 0x39, 0x35);

	private final Map<String, Severity> links = new HashMap<>();
	private final Map<String, Severity> endpoints = new HashMap<>();
	private final Map<String, ClusterStatus> clusters = new HashMap<>();
	private final Map<String, LinkConnectState> connectors;

	SnapshotStatusColors(MonitoringSnapshot snapshot, Map<String, LinkConnectState> connectors) {
		this.connectors = Map.copyOf(connectors);
		for (LinkSnapshot link : snapshot.links()) {
			link.lag().ifPresent(lag -> links.put(link.link().id(), lag.severity()));
		}
		connectors.forEach((linkId, state) -> links.merge(linkId, state.health().severity(),
				SnapshotStatusColors::worse));
		snapshot.clusters().forEach(cluster -> clusters.put(cluster.clusterId(), cluster.status()));
	}

	@Override
	public RGB link(SyncLink link) {
		return colour(links.get(link.getId()));
	}

	@Override
	public String linkNote(SyncLink link) {
		LinkConnectState state = connectors.get(link.getId());
		return state == null ? null : ConnectText.cell(state);
	}

	@Override
	public RGB endpoint(Endpoint endpoint) {
		if (endpoint instanceof KafkaConnectCluster connect) {
			return connectors.values().stream().filter(state -> state.connectCluster().equals(connect.getName()))
					.map(state -> state.unreachable().isPresent() ? CRITICAL : OK)
					.reduce((a, b) -> a == CRITICAL ? a : b).orElse(null);
		}
		if (endpoint instanceof KafkaCluster && clusters.containsKey(endpoint.getId())) {
			ClusterStatus status = clusters.get(endpoint.getId());
			return status == ClusterStatus.DOWN ? CRITICAL : status == ClusterStatus.DEGRADED ? WARNING : OK;
		}
		Severity worst = endpoints.computeIfAbsent(endpoint.getId(), id -> worstOfLinks(endpoint));
		return colour(worst);
	}

	private Severity worstOfLinks(Endpoint endpoint) {
		Severity worst = null;
		for (Object candidate : endpoint.eResource() == null ? java.util.List.of()
				: endpoint.eResource().getContents().get(0).eContents()) {
			if (candidate instanceof SyncLink link && (link.getSource() == endpoint || link.getTarget() == endpoint)
					&& links.containsKey(link.getId())) {
				Severity severity = links.get(link.getId());
				worst = worst == null || severity.compareTo(worst) > 0 ? severity : worst;
			}
		}
		return worst;
	}

	/** The more serious of two severities; UNKNOWN (not measurable now) is the least. */
	private static Severity worse(Severity a, Severity b) {
		if (a == Severity.UNKNOWN) {
			return b;
		}
		return b == Severity.UNKNOWN || a.compareTo(b) >= 0 ? a : b;
	}

	private static RGB colour(Severity severity) {
		if (severity == null) {
			return null;
		}
		return switch (severity) {
		case OK -> OK;
		case WARNING -> WARNING;
		case CRITICAL -> CRITICAL;
		case UNKNOWN -> null;
		};
	}
}
