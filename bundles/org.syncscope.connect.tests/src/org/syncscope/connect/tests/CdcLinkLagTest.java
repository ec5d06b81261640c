package org.syncscope.connect.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.OptionalLong;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;

import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.OffsetSpec;
import org.apache.kafka.clients.producer.Producer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.TopicPartition;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.syncscope.connect.rest.ConnectState;
import org.syncscope.core.lag.LinkLag;
import org.syncscope.core.lag.TimeLagSource;
import org.syncscope.kafka.KafkaClients;
import org.syncscope.kafka.broker.LocalKafkaBroker;
import org.syncscope.kafka.monitor.CredentialResolver;
import org.syncscope.kafka.monitor.LinkSnapshot;
import org.syncscope.kafka.monitor.MonitorSettings;
import org.syncscope.kafka.monitor.MonitoringService;
import org.syncscope.kafka.monitor.MonitoringSnapshot;
import org.syncscope.kafka.monitor.QuarantinedRecord;
import org.syncscope.kafka.monitor.TopologySpecs;
import org.syncscope.testing.Await;
import org.syncscope.testing.kafka.KafkaBrokerExtension;
import org.syncscope.topology.Topology;

/**
 * A CDC link of a topology (debezium-json, its sink connector naming the applier group) monitored by
 * SyncScope on the real pipeline: with the sink paused, the offset lag SyncScope reports is what Kafka's own
 * {@code kafka-consumer-groups --describe} reports at the same moment, and the lag in seconds is the age of the
 * oldest unapplied change since its commit in the source database (within a poll interval; the capture delay
 * counts); Debezium's events are decoded (the
 * link's throughput) and not quarantined, while records on its topic that are no Debezium change event are,
 * with the reason.
 */
@ExtendWith(KafkaBrokerExtension.class)
class CdcLinkLagTest {

	private static final Duration TIMEOUT = TwoRegionPipeline.TIMEOUT;
	private static final String TOPIC = TwoRegionPipeline.topic("north");
	private static final String SINK = TwoRegionPipeline.sink("north", "south");
	private static final String SOURCE = TwoRegionPipeline.source("north");
	private static final int ROWS = 25;
	/** How long the capture is held back after the rows' commit (longer than a poll interval). */
	private static final Duration HELD_BACK = Duration.ofSeconds(3);
	/** Clock granularity between the database, the monitor and the test. */
	private static final Duration SLACK = Duration.ofMillis(250);
	/** A lag is evaluated at most one poll interval before the snapshot that shows it. */
	private static final Duration POLL_AND_SLACK = MonitorSettings.defaults().pollInterval().plus(SLACK);

	@Test
	void theSinkGroupsLagIsWhatKafkaConsumerGroupsReports(LocalKafkaBroker broker) throws Exception {
		try (TwoRegionPipeline pipeline = TwoRegionPipeline.start(broker, "north", "south")) {
			Topology topology = pipeline.topology(broker, "north");
			MonitoringService monitoring = new MonitoringService();
			monitoring.start(TopologySpecs.of(topology, CredentialResolver.NONE),
					MonitorSettings.defaults().fromBeginning().withMonitorGroup("syncscope.test." + UUID.randomUUID()));
			try {
				pipeline.execute("north", "INSERT INTO customers (id, name) VALUES (1, 'Ada')");
				Await.until("the row to arrive in the south", TIMEOUT,
						() -> pipeline.query("south", "SELECT name FROM customers WHERE id = 1").isPresent());
				awaitLag(monitoring, 0);

				pipeline.client().pause(SINK);
				ConnectorProbes.awaitState(pipeline.client(), SINK, ConnectState.PAUSED, TIMEOUT);
				// the capture is held back too, so that the rows reach Kafka well after their commit
				pipeline.client().pause(SOURCE);
				ConnectorProbes.awaitState(pipeline.client(), SOURCE, ConnectState.PAUSED, TIMEOUT);
				long end = endOffset(broker);
				long beforeCommit = System.currentTimeMillis();
				pipeline.execute("north", "INSERT INTO customers (id, name) SELECT n, 'row ' || n FROM generate_series(100, "
						+ (99 + ROWS) + ") AS n");
				long afterCommit = System.currentTimeMillis();
				Await.until("the capture to be held back for " + HELD_BACK.toSeconds() + " s after the commit", TIMEOUT,
						() -> System.currentTimeMillis() - afterCommit >= HELD_BACK.toMillis());
				pipeline.client().resume(SOURCE);
				Await.until(ROWS + " change events on " + TOPIC, TIMEOUT, () -> endOffset(broker) == end + ROWS);

				OptionalLong kafkas = KafkaConsumerGroups.lag(broker.bootstrapServers(), "connect-" + SINK, TOPIC, 0);
				assertEquals(OptionalLong.of(ROWS), kafkas, "kafka-consumer-groups, the sink paused");
				assertEquals(kafkas.getAsLong(), awaitLag(monitoring, kafkas.getAsLong()).offsetLag().getAsLong());

				Await.until("a lag in seconds measured from the oldest unapplied change", TIMEOUT,
						() -> link(monitoring).lag().flatMap(LinkLag::timeLag).isPresent());
				MonitoringSnapshot snapshot = monitoring.latest();
				LinkLag timed = snapshot.link("north-to-south").flatMap(LinkSnapshot::lag).orElseThrow();
				long lagMillis = timed.timeLag().orElseThrow().toMillis();
				long at = snapshot.takenAt().toEpochMilli();
				assertEquals(TimeLagSource.RECORD_TIMESTAMP, timed.timeLagSource());
				assertTrue(lagMillis >= at - afterCommit - POLL_AND_SLACK.toMillis() && lagMillis <= at - beforeCommit
						+ SLACK.toMillis(), () -> "lag " + lagMillis + " ms, the oldest unapplied change committed "
								+ (at - afterCommit) + " to " + (at - beforeCommit) + " ms before the snapshot");
				assertTrue(lagMillis >= HELD_BACK.toMillis(), "from the commit, capture delay included: " + lagMillis);
				assertEquals(0, monitoring.quarantine().count(TOPIC), "Debezium's events are not bad SyncScope events");
				Await.until("the link's throughput from its decoded row changes", TIMEOUT,
						() -> link(monitoring).throughput().eventsPerSecond() > 0);

				pipeline.client().resume(SINK);
				awaitLag(monitoring, 0);
				assertEquals(OptionalLong.of(0), KafkaConsumerGroups.lag(broker.bootstrapServers(), "connect-" + SINK,
						TOPIC, 0));

				List<QuarantinedRecord> refused = new CopyOnWriteArrayList<>();
				monitoring.addQuarantineListener(refused::add);
				produce(broker, "{\"id\":1}", "not json");
				produce(broker, "{\"id\":1}", "{\"source\":{\"table\":\"customers\"}}");
				Await.until("both malformed records quarantined", TIMEOUT, () -> refused.size() == 2);
				assertEquals(List.of("MALFORMED_JSON [value]", "MISSING_FIELD [op]"),
						refused.stream().map(record -> record.reason().split(":")[0]).toList());
				assertTrue(refused.get(1).reason().endsWith("(not a Debezium change event)"), refused.get(1)::reason);
			} finally {
				monitoring.stop();
			}
		}
	}

	private static LinkSnapshot link(MonitoringService monitoring) {
		return monitoring.latest().link("north-to-south").orElseThrow();
	}

	private static void produce(LocalKafkaBroker broker, String key, String value) throws Exception {
		try (Producer<byte[], byte[]> producer = KafkaClients.bytesProducer(
				KafkaClients.config(broker.bootstrapServers(), Map.of()))) {
			producer.send(new ProducerRecord<>(TOPIC, key.getBytes(StandardCharsets.UTF_8),
					value.getBytes(StandardCharsets.UTF_8))).get();
		}
	}

	private static LinkLag awaitLag(MonitoringService monitoring, long events) {
		Await.until("SyncScope to report an offset lag of " + events + " (last: " + lag(monitoring) + ")", TIMEOUT,
				() -> lag(monitoring) == events);
		return monitoring.latest().link("north-to-south").flatMap(LinkSnapshot::lag).orElseThrow();
	}

	private static long lag(MonitoringService monitoring) {
		return monitoring.latest().link("north-to-south").flatMap(LinkSnapshot::lag)
				.map(lag -> lag.offsetLag().orElse(-1)).orElse(-1L);
	}

	private static long endOffset(LocalKafkaBroker broker) {
		try (Admin admin = KafkaClients.admin(KafkaClients.config(broker.bootstrapServers(), Map.of()))) {
			TopicPartition partition = new TopicPartition(TOPIC, 0);
			return admin.listOffsets(Map.of(partition, OffsetSpec.latest())).partitionResult(partition).get().offset();
		} catch (Exception e) {
			return -1;
		}
	}
}
