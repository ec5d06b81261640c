package org.syncscope.simulator.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.TimeUnit;

import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.NewTopic;
import org.junit.jupiter.api.Test;
import org.syncscope.core.conflict.DetectorConfig;
import org.syncscope.core.lag.LagSettings;
import org.syncscope.core.lag.LagStatus;
import org.syncscope.core.lag.LagText;
import org.syncscope.core.policy.ConflictPolicy;
import org.syncscope.kafka.KafkaClients;
import org.syncscope.kafka.broker.BrokerSettings;
import org.syncscope.kafka.broker.LocalKafkaBroker;
import org.syncscope.kafka.history.HistoryRecorder;
import org.syncscope.kafka.monitor.ClusterHealth;
import org.syncscope.kafka.monitor.ClusterSpec;
import org.syncscope.kafka.monitor.ClusterStatus;
import org.syncscope.kafka.monitor.LinkSnapshot;
import org.syncscope.kafka.monitor.LinkSpec;
import org.syncscope.kafka.monitor.MonitorSettings;
import org.syncscope.kafka.monitor.MonitoringService;
import org.syncscope.store.history.MetricSample;
import org.syncscope.testing.Await;
import org.syncscope.testing.TestOutput;
import org.syncscope.testing.kafka.KafkaBrokerExtension;

/**
 * The broker killed outright (SIGKILL) three times under a monitored link, and restarted on the same port
 * and data: each time the cluster is DOWN with the real cause (the connection refused, not a timeout), the
 * link DOWN with its lag unknown (what the history stores, and the charts draw as a gap), and monitoring is
 * UP again within the bound the settings promise after the broker is back, although the longest backoff is
 * half a minute.
 */
class BrokerKilledTest {

	private static final Duration TIMEOUT = Duration.ofSeconds(60);
	private static final String TOPIC = "killed.changes";
	/** Allowance for thread scheduling on a busy build machine; not part of the promise. */
	private static final Duration SCHEDULING_MARGIN = Duration.ofSeconds(1);
	/** The clients' reconnect backoff (Kafka's default, which monitoring keeps). */
	private static final Duration CLIENT_RECONNECT = Duration.ofSeconds(1);

	@Test
	void killedThreeTimesShowsTheCauseAndComesBackWithinTheBound() throws Exception {
		BrokerSettings settings = BrokerSettings.of(Path.of(System.getProperty(KafkaBrokerExtension.LIB_PROPERTY)),
				TestOutput.scratchFolder("kafka-killed-"));
		MonitorSettings monitor = new MonitorSettings(Duration.ofMillis(500), Duration.ofSeconds(2),
				Duration.ofSeconds(30), true, "syncscope.monitor.killed", DetectorConfig.DEFAULT, Clock.systemUTC());
		MonitoringService monitoring = new MonitoringService();
		LocalKafkaBroker broker = LocalKafkaBroker.start(settings);
		try {
			createTopic(broker.bootstrapServers());
			monitoring.start(List.of(cluster(broker.bootstrapServers())), monitor);
			Await.until("UP", TIMEOUT, () -> status(monitoring) == ClusterStatus.UP);
			for (int outage = 1; outage <= 3; outage++) {
				broker.kill();
				Await.until("DOWN after kill " + outage, TIMEOUT, () -> status(monitoring) == ClusterStatus.DOWN);
				ClusterHealth down = monitoring.latest().clusters().get(0);
				assertTrue(down.lastError().orElse("").contains("Connection refused"),
						"the cause, not a timeout: " + down.lastError());
				Await.until("the link DOWN", TIMEOUT, () -> link(monitoring).lag()
						.filter(lag -> lag.status() == LagStatus.ERROR).isPresent());
				LinkSnapshot link = link(monitoring);
				assertEquals("DOWN", LagText.status(link.lag().orElseThrow(), link.link().lagSettings()));
				MetricSample stored = HistoryRecorder.sampleOf(link, System.currentTimeMillis(),
						HistoryRecorder.SlotLags.NONE);
				assertEquals("ERROR", stored.status(), "the outage is stored");
				assertEquals(MetricSample.UNKNOWN, stored.timeLagMillis(), "with no lag: a gap, not a line");

				broker = LocalKafkaBroker.start(settings);
				long back = System.nanoTime();
				Await.until("UP after restart " + outage, TIMEOUT, () -> status(monitoring) == ClusterStatus.UP);
				Duration took = Duration.ofNanos(System.nanoTime() - back);
				Duration bound = upBound(monitor);
				assertTrue(took.compareTo(bound) <= 0, "UP " + took.toMillis() + " ms after the broker was ready; "
						+ "the settings promise " + bound.toMillis() + " ms");
			}
		} finally {
			monitoring.stop();
			broker.close();
		}
	}

	/**
	 * How soon after the broker is back monitoring is UP: the next probe within a poll interval, the clients'
	 * reconnect backoff, a round within the request timeout, and the next snapshot within a poll interval.
	 */
	private static Duration upBound(MonitorSettings settings) {
		return settings.pollInterval().plus(CLIENT_RECONNECT).plus(settings.requestTimeout())
				.plus(settings.pollInterval()).plus(SCHEDULING_MARGIN);
	}

	private static ClusterStatus status(MonitoringService monitoring) {
		return monitoring.latest().clusters().isEmpty() ? null : monitoring.latest().clusters().get(0).status();
	}

	private static LinkSnapshot link(MonitoringService monitoring) {
		return monitoring.latest().links().get(0);
	}

	private static ClusterSpec cluster(String bootstrap) {
		LinkSpec link = new LinkSpec("killed-link", "killed link", "a", "b", TOPIC, "killed.applier", Set.of(),
				LagSettings.DEFAULT, ConflictPolicy.MANUAL, List.of());
		return new ClusterSpec("killed", "killed", bootstrap, Map.of(), List.of(link));
	}

	private static void createTopic(String bootstrap) throws Exception {
		try (Admin admin = KafkaClients.admin(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap))) {
			admin.createTopics(List.of(new NewTopic(TOPIC, 2, (short) 1))).all().get(30, TimeUnit.SECONDS);
		}
	}
}
