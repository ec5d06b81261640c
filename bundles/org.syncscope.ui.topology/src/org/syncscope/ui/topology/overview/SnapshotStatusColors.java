package org.syncscope.ui.topology.overview;

import java.util.HashMap;
import java.util.Map;

import org.eclipse.swt.graphics.RGB;
import org.syncscope.core.lag.Severity;
import org.syncscope.kafka.monitor.ClusterStatus;
import org.syncscope.kafka.monitor.LinkSnapshot;
import org.syncscope.kafka.monitor.MonitoringSnapshot;
import org.syncscope.topology.Endpoint;
import org.syncscope.topology.KafkaCluster;
import org.syncscope.topology.SyncLink;

/**
 * Colours the overview from one monitoring snapshot: a link by its lag severity; an endpoint by the worst
 * severity of the links that touch it; a Kafka cluster red while it is down. Unmonitored elements stay
 * neutral.
 */
final class SnapshotStatusColors implements StatusColors {

	private static final RGB OK = new RGB(0x66, 0xBB, 0x6A);
	private static final RGB WARNING = new RGB(0xFF, 0xB3, 0x00);
	private static final RGB CRITICAL = new RGB(0xE5, 0x39, 0x35);

	private final Map<String, Severity> links = new HashMap<>();
	private final Map<String, Severity> endpoints = new HashMap<>();
	private final Map<String, ClusterStatus> clusters = new HashMap<>();

	SnapshotStatusColors(MonitoringSnapshot snapshot) {
		for (LinkSnapshot link : snapshot.links()) {
			link.lag().ifPresent(lag -> links.put(link.link().id(), lag.severity()));
		}
		snapshot.clusters().forEach(cluster -> clusters.put(cluster.clusterId(), cluster.status()));
	}

	@Override
	public RGB link(SyncLink link) {
		return colour(links.get(link.getId()));
	}

	@Override
	public RGB endpoint(Endpoint endpoint) {
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
