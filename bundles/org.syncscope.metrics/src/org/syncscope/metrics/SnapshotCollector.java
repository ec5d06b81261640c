package org.syncscope.metrics;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.Supplier;
import java.util.function.ToLongFunction;
import java.util.stream.Collectors;

import org.syncscope.core.lag.LagStatus;
import org.syncscope.core.lag.LinkLag;
import org.syncscope.core.lag.PartitionLag;
import org.syncscope.core.lag.Severity;
import org.syncscope.kafka.monitor.ClusterHealth;
import org.syncscope.kafka.monitor.ClusterStatus;
import org.syncscope.kafka.monitor.LinkSnapshot;
import org.syncscope.kafka.monitor.MonitoringSnapshot;

import io.prometheus.metrics.model.registry.MultiCollector;
import io.prometheus.metrics.model.snapshots.CounterSnapshot;
import io.prometheus.metrics.model.snapshots.CounterSnapshot.CounterDataPointSnapshot;
import io.prometheus.metrics.model.snapshots.GaugeSnapshot;
import io.prometheus.metrics.model.snapshots.GaugeSnapshot.GaugeDataPointSnapshot;
import io.prometheus.metrics.model.snapshots.Labels;
import io.prometheus.metrics.model.snapshots.MetricSnapshot;
import io.prometheus.metrics.model.snapshots.MetricSnapshots;
import io.prometheus.metrics.model.snapshots.StateSetSnapshot;
import io.prometheus.metrics.model.snapshots.StateSetSnapshot.StateSetDataPointSnapshot;
import io.prometheus.metrics.model.snapshots.Unit;

/**
 * SyncScope's figures as Prometheus metrics, read from the newest monitoring snapshot at every scrape (no
 * state of its own besides how conflicts closed). Links are labelled with their name and cluster; a figure
 * that is not known (before the first poll, while a cluster is down or a group rebalances) is left out rather
 * than reported as zero. Conflict figures exist only for links of SyncScope's own events, where the detectors
 * count them.
 */
public final class SnapshotCollector implements MultiCollector {

	private final Supplier<MonitoringSnapshot> snapshots;
	private final ConflictClosings closings;

	public SnapshotCollector(Supplier<MonitoringSnapshot> snapshots, ConflictClosings closings) {
		this.snapshots = snapshots;
		this.closings = closings;
	}

	@Override
	public MetricSnapshots collect() {
		MonitoringSnapshot snapshot = snapshots.get();
		Map<String, String> clusterNames = snapshot.clusters().stream()
				.collect(Collectors.toMap(ClusterHealth::clusterId, SnapshotCollector::clusterName, (a, b) -> a));
		List<LinkSnapshot> links = snapshot.links();
		Function<LinkSnapshot, Labels> labels = link -> Labels.of("cluster",
				clusterNames.getOrDefault(link.clusterId(), link.clusterId()), "link", link.link().name());
		List<LinkSnapshot> detected = links.stream().filter(link -> link.link().syncscopeEvents()).toList();
		List<MetricSnapshot> metrics = new ArrayList<>();
		metrics.add(clusterStatus(snapshot.clusters()));
		metrics.add(clusterUp(snapshot.clusters()));
		metrics.add(pollDuration(snapshot.clusters()));
		metrics.add(linkStatus(links, labels));
		metrics.add(gauge("syncscope_link_severity", "How loudly the workbench shows the link: 0 OK, 1 warning, 2"
				+ " critical (its status, or its lag past the link's thresholds); absent while not measurable.", null,
				links, labels, link -> link.lag().map(LinkLag::severity).filter(severity -> severity != Severity.UNKNOWN)
						.map(severity -> (double) severity.ordinal())));
		metrics.add(gauge("syncscope_link_lag_events", "Changes in the link's change log its applier has not"
				+ " committed yet, over all partitions.", null, links, labels,
				link -> link.lag().filter(lag -> lag.offsetLag().isPresent())
						.map(lag -> (double) lag.offsetLag().getAsLong())));
		metrics.add(gauge("syncscope_link_lag_seconds", "Age of the oldest change of the link its applier has not"
				+ " applied yet.", Unit.SECONDS, links, labels,
				link -> link.lag().flatMap(LinkLag::timeLag).map(SnapshotCollector::seconds)));
		metrics.add(partitionLag(links, labels));
		metrics.add(changeLogOffsets("syncscope_link_produced_events", "Changes written to the link's change log"
				+ " (the sum of its partitions' log-end offsets).", links, labels, PartitionLag::logEndOffset));
		metrics.add(changeLogOffsets("syncscope_link_applied_events", "Changes of the link's change log its applier"
				+ " has committed (the sum of its partitions' committed offsets).", links, labels,
				PartitionLag::committedOffset));
		metrics.add(gauge("syncscope_link_throughput_events_per_second", "Changes per second written to the link's"
				+ " change log over the last ten seconds, as the workbench shows it.", null, links, labels,
				link -> Optional.of(link.throughput().eventsPerSecond())));
		metrics.add(counter("syncscope_link_quarantined_records", "Records of the link's change log that could not"
				+ " be decoded and were quarantined.", links, labels, link -> (double) link.quarantined()));
		metrics.add(counter("syncscope_link_conflicts_detected", "Conflicts the detector opened on the link.",
				detected, labels, link -> (double) link.detector().conflictsOpened()));
		metrics.add(gauge("syncscope_link_conflicts_open", "Conflicts of the link no later version has superseded"
				+ " yet.", null, detected, labels,
				link -> Optional.of((double) link.detector().openConflicts())));
		metrics.add(autoResolved(detected, labels));
		metrics.add(counter("syncscope_link_conflicts_resolver_closed", "Conflicts of the link closed by a"
				+ " resolution a SyncScope console wrote (a link's policy or a person).", detected, labels,
				link -> (double) closings.count(link.link().id(), ConflictClosings.How.RESOLVER)));
		return new MetricSnapshots(metrics);
	}

	private static String clusterName(ClusterHealth cluster) {
		return cluster.name() == null || cluster.name().isBlank() ? cluster.clusterId() : cluster.name();
	}

	private static MetricSnapshot clusterStatus(List<ClusterHealth> clusters) {
		StateSetSnapshot.Builder builder = StateSetSnapshot.builder().name("syncscope_cluster_status")
				.help("How reachable each monitored Kafka cluster is.");
		for (ClusterHealth cluster : clusters) {
			StateSetDataPointSnapshot.Builder point = StateSetDataPointSnapshot.builder()
					.labels(Labels.of("cluster", clusterName(cluster)));
			for (ClusterStatus status : ClusterStatus.values()) {
				point.state(status.name(), cluster.status() == status);
			}
			builder.dataPoint(point.build());
		}
		return builder.build();
	}

	private static MetricSnapshot clusterUp(List<ClusterHealth> clusters) {
		GaugeSnapshot.Builder builder = GaugeSnapshot.builder().name("syncscope_cluster_up")
				.help("1 while the cluster answers (UP or DEGRADED), 0 while it is DOWN or not reached yet.");
		for (ClusterHealth cluster : clusters) {
			boolean up = cluster.status() == ClusterStatus.UP || cluster.status() == ClusterStatus.DEGRADED;
			builder.dataPoint(GaugeDataPointSnapshot.builder().labels(Labels.of("cluster", clusterName(cluster)))
					.value(up ? 1 : 0).build());
		}
		return builder.build();
	}

	private static MetricSnapshot pollDuration(List<ClusterHealth> clusters) {
		GaugeSnapshot.Builder builder = GaugeSnapshot.builder().name("syncscope_cluster_lag_poll_duration_seconds")
				.unit(Unit.SECONDS).help("How long the cluster's last complete lag poll round took.");
		for (ClusterHealth cluster : clusters) {
			cluster.lastPollRound().ifPresent(round -> builder.dataPoint(GaugeDataPointSnapshot.builder()
					.labels(Labels.of("cluster", clusterName(cluster))).value(seconds(round)).build()));
		}
		return builder.build();
	}

	private static MetricSnapshot linkStatus(List<LinkSnapshot> links, Function<LinkSnapshot, Labels> labels) {
		StateSetSnapshot.Builder builder = StateSetSnapshot.builder().name("syncscope_link_status")
				.help("The link's status as the workbench shows it, from its applier's recent commits.");
		for (LinkSnapshot link : links) {
			link.lag().ifPresent(lag -> {
				StateSetDataPointSnapshot.Builder point = StateSetDataPointSnapshot.builder().labels(labels.apply(link));
				for (LagStatus status : LagStatus.values()) {
					point.state(status.name(), lag.status() == status);
				}
				builder.dataPoint(point.build());
			});
		}
		return builder.build();
	}

	private static MetricSnapshot partitionLag(List<LinkSnapshot> links, Function<LinkSnapshot, Labels> labels) {
		GaugeSnapshot.Builder builder = GaugeSnapshot.builder().name("syncscope_partition_lag_events")
				.help("Changes in one partition of the link's change log its applier has not committed yet.");
		for (LinkSnapshot link : links) {
			link.lag().filter(lag -> lag.offsetLag().isPresent()).ifPresent(lag -> {
				for (PartitionLag partition : lag.partitions()) {
					builder.dataPoint(GaugeDataPointSnapshot.builder()
							.labels(labels.apply(link).add("partition", Integer.toString(partition.partition())))
							.value(partition.offsetLag()).build());
				}
			});
		}
		return builder.build();
	}

	private static MetricSnapshot changeLogOffsets(String name, String help, List<LinkSnapshot> links,
			Function<LinkSnapshot, Labels> labels, ToLongFunction<PartitionLag> offset) {
		return counter(name, help, links.stream().filter(link -> link.lag().isPresent()
				&& link.lag().get().offsetLag().isPresent() && !link.lag().get().partitions().isEmpty()).toList(),
				labels, link -> (double) link.lag().get().partitions().stream().mapToLong(offset).sum());
	}

	private MetricSnapshot autoResolved(List<LinkSnapshot> links, Function<LinkSnapshot, Labels> labels) {
		CounterSnapshot.Builder builder = CounterSnapshot.builder().name("syncscope_link_conflicts_auto_resolved")
				.help("Conflicts of the link that closed without anyone deciding: identical versions, or a later"
						+ " write that superseded them.");
		for (LinkSnapshot link : links) {
			for (ConflictClosings.How how : List.of(ConflictClosings.How.IDENTICAL, ConflictClosings.How.LATER_WRITE)) {
				builder.dataPoint(CounterDataPointSnapshot.builder()
						.labels(labels.apply(link).add("how", how.name().toLowerCase(Locale.ROOT)))
						.value(closings.count(link.link().id(), how)).build());
			}
		}
		return builder.build();
	}

	private static MetricSnapshot gauge(String name, String help, Unit unit, List<LinkSnapshot> links,
			Function<LinkSnapshot, Labels> labels, Function<LinkSnapshot, Optional<Double>> value) {
		GaugeSnapshot.Builder builder = GaugeSnapshot.builder().name(name).help(help);
		if (unit != null) {
			builder.unit(unit);
		}
		for (LinkSnapshot link : links) {
			value.apply(link).ifPresent(v -> builder
					.dataPoint(GaugeDataPointSnapshot.builder().labels(labels.apply(link)).value(v).build()));
		}
		return builder.build();
	}

	private static MetricSnapshot counter(String name, String help, List<LinkSnapshot> links,
			Function<LinkSnapshot, Labels> labels, Function<LinkSnapshot, Double> value) {
		CounterSnapshot.Builder builder = CounterSnapshot.builder().name(name).help(help);
		for (LinkSnapshot link : links) {
			builder.dataPoint(
					CounterDataPointSnapshot.builder().labels(labels.apply(link)).value(value.apply(link)).build());
		}
		return builder.build();
	}

	private static double seconds(Duration duration) {
		return duration.toNanos() / 1e9;
	}
}
