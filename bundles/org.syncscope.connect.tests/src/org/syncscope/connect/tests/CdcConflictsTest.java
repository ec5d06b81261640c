package org.syncscope.connect.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.stream.Collectors;

import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.OffsetSpec;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.common.TopicPartition;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.syncscope.connect.rest.ConnectState;
import org.syncscope.core.conflict.Conflict;
import org.syncscope.core.event.ChangeEvent;
import org.syncscope.kafka.KafkaClients;
import org.syncscope.kafka.broker.LocalKafkaBroker;
import org.syncscope.kafka.monitor.CapturedConflict;
import org.syncscope.kafka.monitor.ConflictCaptureListener;
import org.syncscope.kafka.monitor.CredentialResolver;
import org.syncscope.kafka.monitor.LinkSpec;
import org.syncscope.kafka.monitor.MonitorSettings;
import org.syncscope.kafka.monitor.MonitoringService;
import org.syncscope.kafka.monitor.TopologySpecs;
import org.syncscope.testing.Await;
import org.syncscope.testing.kafka.KafkaBrokerExtension;

/**
 * Conflicts found from Debezium's before-images on the real pipeline: among inserts, sequential updates (the
 * second made after the first arrived) and updates in one region only, exactly the rows designed to be
 * updated in both regions at once (both sinks paused) are conflicts, each with the base row as ancestor and
 * both regions' rows as siblings; echoes of applied changes are not.
 */
@ExtendWith(KafkaBrokerExtension.class)
class CdcConflictsTest {

	private static final Duration TIMEOUT = TwoRegionPipeline.TIMEOUT;
	private static final List<Integer> CONCURRENT = List.of(11, 12, 13, 14, 15);

	@Test
	void exactlyTheDesignedConcurrentUpdatesAreConflicts(LocalKafkaBroker broker) throws Exception {
		try (TwoRegionPipeline pipeline = TwoRegionPipeline.start(broker, "alpha", "beta")) {
			List<CapturedConflict> captured = new CopyOnWriteArrayList<>();
			MonitoringService monitoring = new MonitoringService();
			monitoring.addCaptureListener(new Recorder(captured));
			String group = "syncscope.test." + UUID.randomUUID();
			monitoring.start(TopologySpecs.of(pipeline.topology(broker), CredentialResolver.NONE),
					MonitorSettings.defaults().fromBeginning().withMonitorGroup(group));
			try {
				pipeline.execute("alpha", "INSERT INTO customers (id, name) SELECT n, 'row ' || n FROM "
						+ "generate_series(1, 20) AS n");
				awaitNames(pipeline, "beta", 1, 20, "row ");

				// sequential: beta updates rows 1-5 after alpha's update of them arrived there
				pipeline.execute("alpha", "UPDATE customers SET name = 'alpha ' || id WHERE id BETWEEN 1 AND 5");
				awaitNames(pipeline, "beta", 1, 5, "alpha ");
				pipeline.execute("beta", "UPDATE customers SET name = 'beta ' || id WHERE id BETWEEN 1 AND 5");
				awaitNames(pipeline, "alpha", 1, 5, "beta ");

				// concurrent by design: neither region sees the other's update before making its own
				for (String sink : List.of(TwoRegionPipeline.sink("alpha", "beta"), TwoRegionPipeline.sink("beta", "alpha"))) {
					pipeline.client().pause(sink);
					ConnectorProbes.awaitState(pipeline.client(), sink, ConnectState.PAUSED, TIMEOUT);
				}
				pipeline.execute("alpha", "UPDATE customers SET name = 'alpha only ' || id WHERE id BETWEEN 6 AND 10");
				pipeline.execute("alpha", "UPDATE customers SET name = 'alpha wins ' || id WHERE id BETWEEN 11 AND 15");
				pipeline.execute("beta", "UPDATE customers SET name = 'beta wins ' || id WHERE id BETWEEN 11 AND 15");
				pipeline.execute("beta", "UPDATE customers SET name = 'beta only ' || id WHERE id BETWEEN 16 AND 20");
				for (String sink : List.of(TwoRegionPipeline.sink("alpha", "beta"), TwoRegionPipeline.sink("beta", "alpha"))) {
					pipeline.client().resume(sink);
				}

				// fences: once each region's fence row has made the round trip, every echo is on the topics
				pipeline.execute("alpha", "INSERT INTO customers (id, name) VALUES (100, 'fence')");
				pipeline.execute("beta", "INSERT INTO customers (id, name) VALUES (101, 'fence')");
				awaitNames(pipeline, "beta", 100, 100, "fence");
				awaitNames(pipeline, "alpha", 101, 101, "fence");
				try (ChangeTopic alpha = new ChangeTopic(broker, TwoRegionPipeline.topic("alpha"));
						ChangeTopic beta = new ChangeTopic(broker, TwoRegionPipeline.topic("beta"))) {
					alpha.readUntil(events -> events.stream().anyMatch(event -> ChangeTopic.rowId(event) == 101), TIMEOUT);
					beta.readUntil(events -> events.stream().anyMatch(event -> ChangeTopic.rowId(event) == 100), TIMEOUT);
				}
				awaitMonitorAtTheEnd(broker, group);

				Set<String> expected = CONCURRENT.stream().map(row -> "public.customers[id=" + row + "]")
						.collect(Collectors.toCollection(TreeSet::new));
				assertEquals(expected, captured.stream().map(conflict -> conflict.conflict().key())
						.collect(Collectors.toCollection(TreeSet::new)), "the conflicting rows, and only them");
				assertEquals(CONCURRENT.size(), captured.size(), "each conflict once");
				for (CapturedConflict conflict : captured) {
					int row = Integer.parseInt(conflict.conflict().key().replaceAll("\\D", ""));
					assertEquals("row " + row, conflict.ancestor().orElseThrow().payload().field("name").orElseThrow()
							.asText(), "the base row is the ancestor");
					assertEquals(Set.of("alpha wins " + row, "beta wins " + row), conflict.siblings().stream()
							.map(sibling -> sibling.payload().field("name").orElseThrow().asText())
							.collect(Collectors.toSet()));
					assertEquals(Set.of("alpha", "beta"),
							conflict.siblings().stream().map(ChangeEvent::origin).collect(Collectors.toSet()));
				}
			} finally {
				monitoring.stop();
			}
		}
	}

	private static void awaitNames(TwoRegionPipeline pipeline, String region, int from, int to, String prefix) {
		Await.until("rows " + from + "-" + to + " named '" + prefix + "…' in " + region, TIMEOUT,
				() -> pipeline.query(region, "SELECT count(*) FROM customers WHERE id BETWEEN " + from + " AND " + to
						+ " AND name LIKE '" + prefix + "%'").map(Integer::parseInt).orElse(0) == to - from + 1);
	}

	/** Waits until SyncScope's monitor has read both topics to their current ends. */
	private static void awaitMonitorAtTheEnd(LocalKafkaBroker broker, String group) throws Exception {
		try (Admin admin = KafkaClients.admin(KafkaClients.config(broker.bootstrapServers(), Map.of()))) {
			Map<TopicPartition, OffsetSpec> latest = Map.of(new TopicPartition(TwoRegionPipeline.topic("alpha"), 0),
					OffsetSpec.latest(), new TopicPartition(TwoRegionPipeline.topic("beta"), 0), OffsetSpec.latest());
			Map<TopicPartition, Long> ends = admin.listOffsets(latest).all().get().entrySet().stream()
					.collect(Collectors.toMap(Map.Entry::getKey, entry -> entry.getValue().offset()));
			Await.until("the monitor to read both topics to " + ends, TIMEOUT, () -> {
				try {
					Map<TopicPartition, OffsetAndMetadata> read = admin.listConsumerGroupOffsets(group)
							.partitionsToOffsetAndMetadata().get();
					return ends.entrySet().stream().allMatch(end -> read.get(end.getKey()) != null
							&& read.get(end.getKey()).offset() >= end.getValue());
				} catch (Exception notYet) {
					return false;
				}
			});
		}
	}

	/** Keeps every captured conflict. */
	private record Recorder(List<CapturedConflict> captured) implements ConflictCaptureListener {

		@Override
		public void captured(CapturedConflict conflict) {
			captured.add(conflict);
		}

		@Override
		public void closed(LinkSpec link, Conflict conflict, ChangeEvent event) {
			// CDC conflicts are closed by a person
		}

		@Override
		public void resolutionSeen(LinkSpec link, ChangeEvent event) {
			// no resolver writes to these logs
		}
	}
}
