package org.syncscope.simulator.tests;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
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
import org.syncscope.core.conflict.DetectorConfig;
import org.syncscope.core.event.ChangeEvent;
import org.syncscope.core.event.EventCodec;
import org.syncscope.core.event.Operation;
import org.syncscope.core.event.Payload;
import org.syncscope.core.lag.LagSettings;
import org.syncscope.core.lag.LagStatus;
import org.syncscope.core.policy.ConflictPolicy;
import org.syncscope.core.vv.VersionVector;
import org.syncscope.kafka.KafkaClients;
import org.syncscope.kafka.broker.BrokerSettings;
import org.syncscope.kafka.broker.LocalKafkaBroker;
import org.syncscope.kafka.monitor.ClusterHealth;
import org.syncscope.kafka.monitor.ClusterSpec;
import org.syncscope.kafka.monitor.ClusterStatus;
import org.syncscope.kafka.monitor.LinkSpec;
import org.syncscope.kafka.monitor.MonitorSettings;
import org.syncscope.kafka.monitor.MonitoringService;
import org.syncscope.kafka.monitor.QuarantinedRecord;
import org.syncscope.testing.Await;
import org.syncscope.testing.TestOutput;
import org.syncscope.testing.kafka.KafkaBrokerExtension;

/** Bad input and a broker that goes away: monitoring quarantines, shows DOWN and comes back by itself. */
@ExtendWith(KafkaBrokerExtension.class)
class ResilienceTest {

	private static final Duration TIMEOUT = Duration.ofSeconds(60);

	@Test
	void malformedRecordsAreQuarantinedWithTheirBytesAndMonitoringGoesOn(LocalKafkaBroker broker) throws Exception {
		String topic = "quarantine.changes";
		createTopic(broker.bootstrapServers(), topic);
		byte[] garbage = "{\"v\":1,\"key\":".getBytes(StandardCharsets.UTF_8);
		try (Producer<byte[], byte[]> producer = KafkaClients.bytesProducer(
				Map.of(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, broker.bootstrapServers()))) {
			producer.send(new ProducerRecord<>(topic, bytes("k1"), event("k1", 1))).get(30, TimeUnit.SECONDS);
			producer.send(new ProducerRecord<>(topic, bytes("k2"), garbage)).get(30, TimeUnit.SECONDS);
			producer.send(new ProducerRecord<>(topic, bytes("k1"), event("k1", 2))).get(30, TimeUnit.SECONDS);
		}
		MonitoringService monitoring = new MonitoringService();
		monitoring.start(List.of(cluster("quarantine", broker.bootstrapServers(), topic)),
				MonitorSettings.defaults().fromBeginning());
		try {
			Await.until("one quarantined record and two decoded events", TIMEOUT,
					() -> monitoring.quarantine().count(topic) == 1 && monitoring.latest().links().size() == 1
							&& monitoring.latest().links().get(0).detector().events() == 2);
			QuarantinedRecord record = monitoring.quarantine().recent().get(0);
			assertEquals(1, record.offset());
			assertArrayEquals(garbage, record.value());
			assertArrayEquals(bytes("k2"), record.key());
			assertTrue(!record.reason().isBlank(), "a reason is given");
			Await.until("the link snapshot counts the quarantined record", TIMEOUT,
					() -> monitoring.latest().links().get(0).quarantined() == 1);
		} finally {
			monitoring.stop();
		}
	}

	@Test
	void anUnreachableBrokerShowsDownAndMonitoringResumesWhenItComesBack() throws Exception {
		int port = freePort();
		String bootstrap = "127.0.0.1:" + port;
		MonitoringService monitoring = new MonitoringService();
		MonitorSettings settings = new MonitorSettings(Duration.ofMillis(500), Duration.ofSeconds(2),
				Duration.ofSeconds(2), true, "syncscope.monitor.test", DetectorConfig.DEFAULT, Clock.systemUTC());
		monitoring.start(List.of(cluster("comeback", bootstrap, "comeback.changes")), settings);
		try {
			Await.until("the cluster to be DOWN with an error", TIMEOUT, () -> monitoring.latest().clusters().size() == 1
					&& monitoring.latest().clusters().get(0).status() == ClusterStatus.DOWN
					&& monitoring.latest().clusters().get(0).lastError().isPresent());
			Await.until("the link to be in ERROR", TIMEOUT, () -> monitoring.latest().links().get(0).lag()
					.map(lag -> lag.status() == LagStatus.ERROR).orElse(false));

			Path lib = Path.of(System.getProperty(KafkaBrokerExtension.LIB_PROPERTY));
			try (LocalKafkaBroker broker = LocalKafkaBroker
					.start(BrokerSettings.of(lib, TestOutput.scratchFolder("kafka-comeback-")).withPort(port))) {
				createTopic(broker.bootstrapServers(), "comeback.changes");
				try {
					Await.until("the cluster to be UP again", TIMEOUT, () -> {
						ClusterHealth health = monitoring.latest().clusters().get(0);
						return health.status() == ClusterStatus.UP && health.lastError().isEmpty();
					});
				} catch (AssertionError notUp) {
					throw new AssertionError(notUp.getMessage() + "; last seen: " + monitoring.latest().clusters(), notUp);
				}
			}
		} finally {
			monitoring.stop();
		}
	}

	private static ClusterSpec cluster(String id, String bootstrap, String topic) {
		LinkSpec link = new LinkSpec(id + "-link", id + " link", "a", "b", topic, id + ".applier", Set.of(),
				LagSettings.DEFAULT, ConflictPolicy.MANUAL, List.of());
		return new ClusterSpec(id, id, bootstrap, Map.of(), List.of(link));
	}

	private static void createTopic(String bootstrap, String topic) throws Exception {
		try (Admin admin = KafkaClients.admin(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap))) {
			admin.createTopics(List.of(new NewTopic(topic, 1, (short) 1))).all().get(30, TimeUnit.SECONDS);
		}
	}

	private static byte[] event(String key, long counter) {
		ChangeEvent event = new ChangeEvent(UUID.randomUUID(), key, Operation.UPSERT, Payload.empty(), "r1",
				VersionVector.of("r1", counter), System.currentTimeMillis());
		return new EventCodec().encode(event);
	}

	private static byte[] bytes(String text) {
		return text.getBytes(StandardCharsets.UTF_8);
	}

	private static int freePort() throws Exception {
		try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getByName("127.0.0.1"))) {
			return socket.getLocalPort();
		}
	}
}
