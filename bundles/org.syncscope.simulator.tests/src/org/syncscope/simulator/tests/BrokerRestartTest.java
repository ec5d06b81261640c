package org.syncscope.simulator.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

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
import org.syncscope.core.conflict.DetectorConfig;
import org.syncscope.core.event.ChangeEvent;
import org.syncscope.core.event.EventCodec;
import org.syncscope.core.event.Operation;
import org.syncscope.core.event.Payload;
import org.syncscope.core.lag.LagSettings;
import org.syncscope.core.policy.ConflictPolicy;
import org.syncscope.core.vv.VersionVector;
import org.syncscope.kafka.KafkaClients;
import org.syncscope.kafka.broker.BrokerSettings;
import org.syncscope.kafka.broker.LocalKafkaBroker;
import org.syncscope.kafka.monitor.ClusterSpec;
import org.syncscope.kafka.monitor.ClusterStatus;
import org.syncscope.kafka.monitor.LinkSpec;
import org.syncscope.kafka.monitor.MonitorSettings;
import org.syncscope.kafka.monitor.MonitoringService;
import org.syncscope.testing.Await;
import org.syncscope.testing.TestOutput;
import org.syncscope.testing.kafka.KafkaBrokerExtension;

/**
 * A broker that stops in the middle of monitoring: the cluster shows DOWN within the bound its settings
 * promise (see {@link #downBound}), and once the broker restarts (same
 * port, same data) monitoring resumes by itself, reads on from where it was (every event counted once) and
 * runs on the same threads as before, none leaked.
 */
class BrokerRestartTest {

	private static final Duration TIMEOUT = Duration.ofSeconds(60);
	private static final String TOPIC = "restart.changes";
	/** Allowance for thread scheduling on a busy build machine; not part of the promise. */
	private static final Duration SCHEDULING_MARGIN = Duration.ofSeconds(1);

	@Test
	void aBrokerStoppedMidRunShowsDownAndMonitoringResumesWithNothingLost() throws Exception {
		BrokerSettings settings = BrokerSettings.of(Path.of(System.getProperty(KafkaBrokerExtension.LIB_PROPERTY)),
				TestOutput.scratchFolder("kafka-fault-"));
		MonitoringService monitoring = new MonitoringService();
		MonitorSettings monitor = new MonitorSettings(Duration.ofMillis(500), Duration.ofSeconds(2),
				Duration.ofSeconds(2), true, "syncscope.monitor.fault", DetectorConfig.DEFAULT, Clock.systemUTC());
		try {
			String bootstrap;
			int threadsWhileUp;
			try (LocalKafkaBroker broker = LocalKafkaBroker.start(settings)) {
				bootstrap = broker.bootstrapServers();
				createTopic(bootstrap);
				produce(bootstrap, 0, 200);
				monitoring.start(List.of(cluster(bootstrap)), monitor);
				awaitUpWithEvents(monitoring, 200);
				threadsWhileUp = syncScopeThreads();
			}
			long stopped = System.nanoTime();

			Await.until("the cluster to be DOWN after its broker stopped", TIMEOUT, () -> status(monitoring) == ClusterStatus.DOWN);
			Duration untilDown = Duration.ofNanos(System.nanoTime() - stopped);
			Duration bound = downBound(monitor);
			assertTrue(untilDown.compareTo(bound) <= 0, "DOWN shown " + untilDown.toMillis() + " ms after the broker stopped; "
					+ "the settings promise " + bound.toMillis() + " ms");
			assertTrue(monitoring.latest().clusters().get(0).lastError().isPresent(), "DOWN says why");

			try (LocalKafkaBroker restarted = LocalKafkaBroker.start(settings)) {
				assertEquals(bootstrap, restarted.bootstrapServers(), "same port");
				produce(bootstrap, 200, 100);
				awaitUpWithEvents(monitoring, 300);
				assertEquals(threadsWhileUp, syncScopeThreads(), "the same monitoring threads as before the outage");
			}
		} finally {
			monitoring.stop();
		}
		Await.until("every monitoring thread to end after stop", TIMEOUT, () -> syncScopeThreads() == 0);
	}

	/**
	 * How soon after a broker stops its cluster shows DOWN: the next round starts within a poll interval and
	 * fails within the request timeout (a round in flight at the stop fails sooner), and the next snapshot
	 * publishes it within another poll interval.
	 */
	private static Duration downBound(MonitorSettings settings) {
		return settings.pollInterval().plus(settings.requestTimeout()).plus(settings.pollInterval())
				.plus(SCHEDULING_MARGIN);
	}

	private static void awaitUpWithEvents(MonitoringService monitoring, long events) {
		Await.until("UP with " + events + " events read once each", TIMEOUT, () -> status(monitoring) == ClusterStatus.UP
				&& !monitoring.latest().links().isEmpty()
				&& monitoring.latest().links().get(0).detector().events() == events);
	}

	private static ClusterStatus status(MonitoringService monitoring) {
		return monitoring.latest().clusters().isEmpty() ? null : monitoring.latest().clusters().get(0).status();
	}

	private static int syncScopeThreads() {
		return (int) Thread.getAllStackTraces().keySet().stream()
				.filter(thread -> thread.isAlive() && thread.getName().startsWith("syncscope-")).count();
	}

	private static ClusterSpec cluster(String bootstrap) {
		LinkSpec link = new LinkSpec("fault-link", "fault link", "a", "b", TOPIC, "fault.applier", Set.of(),
				LagSettings.DEFAULT, ConflictPolicy.MANUAL, List.of());
		return new ClusterSpec("fault", "fault", bootstrap, Map.of(), List.of(link));
	}

	private static void createTopic(String bootstrap) throws Exception {
		try (Admin admin = KafkaClients.admin(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap))) {
			admin.createTopics(List.of(new NewTopic(TOPIC, 2, (short) 1))).all().get(30, TimeUnit.SECONDS);
		}
	}

	private static void produce(String bootstrap, int first, int count) throws Exception {
		EventCodec codec = new EventCodec();
		try (Producer<byte[], byte[]> producer = KafkaClients.bytesProducer(
				Map.of(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap))) {
			for (int i = first; i < first + count; i++) {
				ChangeEvent event = new ChangeEvent(UUID.randomUUID(), "key-" + i, Operation.UPSERT, Payload.empty(), "r1",
						VersionVector.of("r1", 1), System.currentTimeMillis());
				producer.send(new ProducerRecord<>(TOPIC, event.key().getBytes(StandardCharsets.UTF_8),
						codec.encode(event))).get(30, TimeUnit.SECONDS);
			}
		}
	}
}
