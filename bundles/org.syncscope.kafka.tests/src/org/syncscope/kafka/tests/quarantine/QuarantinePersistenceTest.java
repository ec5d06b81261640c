package org.syncscope.kafka.tests.quarantine;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.TimeUnit;

import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.clients.producer.Producer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.syncscope.core.lag.LagSettings;
import org.syncscope.core.policy.ConflictPolicy;
import org.syncscope.kafka.KafkaClients;
import org.syncscope.kafka.broker.LocalKafkaBroker;
import org.syncscope.kafka.history.QuarantineRecorder;
import org.syncscope.kafka.monitor.ClusterSpec;
import org.syncscope.kafka.monitor.LinkSpec;
import org.syncscope.kafka.monitor.MonitorSettings;
import org.syncscope.kafka.monitor.MonitoringService;
import org.syncscope.store.SyncScopeStore;
import org.syncscope.store.quarantine.QuarantineEntry;
import org.syncscope.store.quarantine.QuarantineStore;
import org.syncscope.testing.Await;
import org.syncscope.testing.TestOutput;
import org.syncscope.testing.kafka.KafkaBrokerExtension;

/**
 * Records of every reason of quarantine, written by a plain Kafka producer beside a good event, reach the
 * workspace's store with their bytes, partition, offset and reason, and survive a reopened store.
 */
@ExtendWith(KafkaBrokerExtension.class)
class QuarantinePersistenceTest {

	private static final String TOPIC = "quarantine.changes";
	private static final Duration TIMEOUT = Duration.ofSeconds(60);

	@Test
	void everyReasonIsStoredWithItsBytesAndPlace(LocalKafkaBroker broker) throws Exception {
		Map<String, Long> offsets = write(broker.bootstrapServers());
		var dbFolder = TestOutput.scratchFolder("quarantine-store-").resolve("db");
		MonitoringService monitoring = new MonitoringService();
		try (SyncScopeStore store = SyncScopeStore.open(dbFolder)) {
			QuarantineStore quarantine = new QuarantineStore(store, QuarantineStore.DEFAULT_PER_TOPIC);
			List<Exception> errors = new ArrayList<>();
			try (QuarantineRecorder recorder = new QuarantineRecorder(monitoring, quarantine, errors::add)) {
				recorder.start();
				monitoring.start(List.of(cluster(broker.bootstrapServers())), settings());
				Await.until("every bad record stored", TIMEOUT,
						() -> stored(quarantine).size() == BadRecords.byReason().size());
				Await.until("the link to count them, and not the good event", TIMEOUT,
						() -> monitoring.latest().link("q-link").map(link -> link.quarantined()).orElse(0L)
								== BadRecords.byReason().size());
			} finally {
				monitoring.stop();
			}
			assertEquals(List.of(), errors);
		}
		try (SyncScopeStore reopened = SyncScopeStore.open(dbFolder)) {
			List<QuarantineEntry> entries = stored(new QuarantineStore(reopened, QuarantineStore.DEFAULT_PER_TOPIC));
			Map<String, QuarantineEntry> byReason = new HashMap<>();
			entries.forEach(entry -> byReason.put(entry.reasonCode(), entry));
			assertEquals(BadRecords.byReason().keySet(), byReason.keySet());
			BadRecords.byReason().forEach((reason, value) -> {
				QuarantineEntry entry = byReason.get(reason);
				assertEquals(TOPIC, entry.topic());
				assertEquals(0, entry.partition());
				assertEquals(offsets.get(reason), entry.offset(), reason);
				assertArrayEquals(("key-" + reason).getBytes(StandardCharsets.UTF_8), entry.key(), reason);
				if (value == null) {
					assertNull(entry.value());
				} else {
					assertEquals(value, new String(entry.value(), StandardCharsets.UTF_8), reason);
				}
			});
		}
	}

	private static List<QuarantineEntry> stored(QuarantineStore quarantine) {
		try {
			return quarantine.list(Set.of(TOPIC), "", 100);
		} catch (java.sql.SQLException e) {
			throw new AssertionError(e);
		}
	}

	/** Writes the good event and the bad records to partition 0; returns each reason's offset. */
	private static Map<String, Long> write(String bootstrapServers) throws Exception {
		Map<String, Long> offsets = new HashMap<>();
		try (Admin admin = KafkaClients.admin(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers));
				Producer<byte[], byte[]> producer = KafkaClients.bytesProducer(
						Map.of(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers))) {
			admin.createTopics(List.of(new NewTopic(TOPIC, 1, (short) 1))).all().get(30, TimeUnit.SECONDS);
			producer.send(new ProducerRecord<>(TOPIC, 0, "customer/42".getBytes(StandardCharsets.UTF_8),
					BadRecords.VALID.getBytes(StandardCharsets.UTF_8))).get(30, TimeUnit.SECONDS);
			for (var bad : BadRecords.byReason().entrySet()) {
				byte[] value = bad.getValue() == null ? null : bad.getValue().getBytes(StandardCharsets.UTF_8);
				long offset = producer.send(new ProducerRecord<>(TOPIC, 0,
						("key-" + bad.getKey()).getBytes(StandardCharsets.UTF_8), value)).get(30, TimeUnit.SECONDS)
						.offset();
				offsets.put(bad.getKey(), offset);
			}
		}
		return offsets;
	}

	private static ClusterSpec cluster(String bootstrapServers) {
		LinkSpec link = new LinkSpec("q-link", "q link", "a", "b", TOPIC, "q.applier", Set.of(), LagSettings.DEFAULT,
				ConflictPolicy.MANUAL, List.of());
		return new ClusterSpec("q", "q", bootstrapServers, Map.of(), List.of(link));
	}

	private static MonitorSettings settings() {
		return MonitorSettings.defaults().fromBeginning().withMonitorGroup("syncscope.quarantine-test." + UUID.randomUUID());
	}
}
