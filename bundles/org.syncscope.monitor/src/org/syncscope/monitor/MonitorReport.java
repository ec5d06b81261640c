package org.syncscope.monitor;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.syncscope.core.lag.LagStatus;
import org.syncscope.core.lag.LinkLag;
import org.syncscope.core.lag.Trend;
import org.syncscope.kafka.monitor.ClusterHealth;
import org.syncscope.kafka.monitor.ClusterStatus;
import org.syncscope.kafka.monitor.LinkSnapshot;
import org.syncscope.kafka.monitor.MonitoringSnapshot;

/**
 * What the headless monitor reports at one moment: every cluster and link of a topology, and the verdict,
 * the worst of theirs, that becomes the exit code.
 */
public record MonitorReport(String topology, Instant takenAt, List<ClusterLine> clusters, List<LinkLine> links,
		Verdict verdict) {

	public MonitorReport {
		clusters = List.copyOf(clusters);
		links = List.copyOf(links);
	}

	/** The report of {@code snapshot}, for the topology named {@code topology}. */
	public static MonitorReport of(String topology, MonitoringSnapshot snapshot) {
		Map<String, ClusterLine> byId = new HashMap<>();
		List<ClusterLine> clusters = new ArrayList<>();
		Verdict verdict = Verdict.OK;
		for (ClusterHealth health : snapshot.clusters()) {
			ClusterLine line = ClusterLine.of(health);
			byId.put(line.id(), line);
			clusters.add(line);
			verdict = verdict.worst(line.verdict());
		}
		List<LinkLine> links = new ArrayList<>();
		for (LinkSnapshot link : snapshot.links()) {
			// a snapshot holds the health of every cluster whose links it holds
			LinkLine line = LinkLine.of(link, byId.get(link.clusterId()));
			links.add(line);
			verdict = verdict.worst(line.verdict());
		}
		return new MonitorReport(topology, snapshot.takenAt(), clusters, links, verdict);
	}

	/**
	 * Whether {@code snapshot} is complete enough for a first report: every cluster was reached or found DOWN,
	 * and every link of a cluster that answered has a lag figure with its trend (which takes a second of
	 * samples), a status that has none (the group could not be asked, or rebalances), or a problem that
	 * explains why it has no figure.
	 */
	public static boolean isComplete(MonitoringSnapshot snapshot, int expectedClusters) {
		if (snapshot.clusters().size() < expectedClusters) {
			return false;
		}
		Map<String, ClusterStatus> statuses = new HashMap<>();
		for (ClusterHealth cluster : snapshot.clusters()) {
			if (cluster.status() == ClusterStatus.CONNECTING) {
				return false;
			}
			statuses.put(cluster.clusterId(), cluster.status());
		}
		return snapshot.links().stream().allMatch(link -> statuses.get(link.clusterId()) == ClusterStatus.DOWN
				|| link.problem().isPresent() || link.lag().filter(MonitorReport::judged).isPresent());
	}

	private static boolean judged(LinkLag lag) {
		return lag.trend() != Trend.UNKNOWN || lag.status() == LagStatus.ERROR || lag.status() == LagStatus.DENIED
				|| lag.status() == LagStatus.REBALANCING;
	}
}
