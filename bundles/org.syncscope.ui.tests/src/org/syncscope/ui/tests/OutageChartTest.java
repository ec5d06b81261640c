package org.syncscope.ui.tests;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;

import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.clients.producer.Producer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.TopicPartition;
import org.eclipse.core.runtime.ILogListener;
import org.eclipse.core.runtime.Platform;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Shell;
import org.jfree.data.xy.XYSeries;
import org.junit.jupiter.api.Test;
import org.syncscope.core.conflict.DetectorConfig;
import org.syncscope.core.lag.LagSettings;
import org.syncscope.core.policy.ConflictPolicy;
import org.syncscope.kafka.KafkaClients;
import org.syncscope.kafka.broker.BrokerSettings;
import org.syncscope.kafka.broker.LocalKafkaBroker;
import org.syncscope.kafka.monitor.ClusterHealth;
import org.syncscope.kafka.monitor.ClusterSpec;
import org.syncscope.kafka.monitor.ClusterStatus;
import org.syncscope.kafka.monitor.LinkSpec;
import org.syncscope.kafka.monitor.MonitorSettings;
import org.syncscope.kafka.monitor.MonitoringService;
import org.syncscope.testing.TestOutput;
import org.syncscope.testing.kafka.KafkaBrokerExtension;
import org.syncscope.testing.ui.Screenshots;
import org.syncscope.testing.ui.UiWait;
import org.syncscope.testing.ui.Widgets;
import org.syncscope.ui.dashboard.ChartData;
import org.syncscope.ui.dashboard.DashboardPart;

/**
 * A broker of its own, killed (SIGKILL) under a monitored link and restarted: the dashboard's lag charts
 * draw a gap for the outage instead of a line across it, and the Log part records the outage with its cause
 * and the return.
 */
class OutageChartTest {

	private static final Duration TIMEOUT = Duration.ofSeconds(60);
	private static final String TOPIC = "outage.changes";
	private static final Duration PHASE = Duration.ofSeconds(4);

	@Test
	void anOutageIsAGapInTheLagChartAndLogged() throws Exception {
		Display display = Display.getCurrent();
		Shell window = Workbench.mainWindow(display, Duration.ofSeconds(30));
		BrokerSettings settings = BrokerSettings.of(Path.of(System.getProperty(KafkaBrokerExtension.LIB_PROPERTY)),
				TestOutput.scratchFolder("kafka-outage-"));
		List<String> logged = new CopyOnWriteArrayList<>();
		ILogListener listener = (status, plugin) -> logged.add(status.getMessage());
		Platform.addLogListener(listener);
		MonitoringService monitoring = Workbench.get().getApplication().getContext().get(MonitoringService.class);
		LocalKafkaBroker broker = LocalKafkaBroker.start(settings);
		try {
			prepare(broker.bootstrapServers());
			monitoring.start(List.of(cluster(broker.bootstrapServers())), monitorSettings());
			Workbench.showDashboard(window);
			Workbench.followTheLastFiveMinutes(window);
			UiWait.until(display, "some lag history", TIMEOUT, () -> status(monitoring) == ClusterStatus.UP
					&& upFor(monitoring).compareTo(PHASE) >= 0 && monitoring.latest().link("outage-link")
							.flatMap(link -> link.lag()).flatMap(lag -> lag.timeLag()).isPresent());
			broker.kill();
			UiWait.until(display, "DOWN for a while", TIMEOUT, () -> status(monitoring) == ClusterStatus.DOWN
					&& upFor(monitoring).compareTo(PHASE) >= 0);
			broker = LocalKafkaBroker.start(settings);
			UiWait.until(display, "UP again for a while", TIMEOUT, () -> status(monitoring) == ClusterStatus.UP
					&& upFor(monitoring).compareTo(PHASE) >= 0);
			DashboardPart dashboard = (DashboardPart) Workbench.part("org.syncscope.ui.part.dashboard").getObject();
			try {
				UiWait.until(display, "the lag chart with the outage's gap", TIMEOUT,
						() -> dashboard.shownData().map(OutageChartTest::hasGap).orElse(false));
			} catch (AssertionError timedOut) {
				throw new AssertionError(timedOut.getMessage() + "; lag series drawn: " + dashboard.shownData()
						.map(data -> describe(data.datasets().lagSeconds())).orElse("none"), timedOut);
			}
			UiWait.runEventLoop(display, Duration.ofSeconds(1));
			Screenshots.ofShell(window, "lag-chart-outage-gap");
			assertTrue(logged.stream().anyMatch(message -> message.contains("is DOWN: Cannot connect to")
					&& message.contains("Connection refused")), logged.toString());
			assertTrue(logged.stream().anyMatch(message -> message.contains("is UP again")), logged.toString());
		} finally {
			Platform.removeLogListener(listener);
			monitoring.stop();
			broker.close();
		}
	}

	/** Whether the lag-in-seconds line of the outage link ends and starts again. */
	private static boolean hasGap(ChartData data) {
		for (int s = 0; s < data.datasets().lagSeconds().getSeriesCount(); s++) {
			XYSeries series = data.datasets().lagSeconds().getSeries(s);
			for (int i = 1; i < series.getItemCount() - 1; i++) {
				if (series.getY(i) == null && series.getY(i - 1) != null && series.getY(i + 1) != null) {
					return true;
				}
			}
		}
		return false;
	}

	private static String describe(org.jfree.data.xy.XYSeriesCollection lag) {
		StringBuilder text = new StringBuilder();
		for (int s = 0; s < lag.getSeriesCount(); s++) {
			XYSeries series = lag.getSeries(s);
			text.append(series.getKey()).append(':');
			for (int i = 0; i < series.getItemCount(); i++) {
				text.append(' ').append(series.getY(i));
			}
			text.append('\n');
		}
		return text.toString();
	}

	/** This test's cluster's status (the snapshot of an earlier test's monitoring may still be the latest). */
	private static ClusterStatus status(MonitoringService monitoring) {
		return health(monitoring).map(ClusterHealth::status).orElse(null);
	}

	/** How long this test's cluster has had its current status. */
	private static Duration upFor(MonitoringService monitoring) {
		return health(monitoring).map(health -> Duration.between(health.since(), Instant.now())).orElse(Duration.ZERO);
	}

	private static java.util.Optional<ClusterHealth> health(MonitoringService monitoring) {
		return monitoring.latest().clusters().stream().filter(cluster -> cluster.clusterId().equals("outage"))
				.findFirst();
	}

	private static void prepare(String bootstrapServers) throws Exception {
		try (Admin admin = KafkaClients.admin(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers));
				Producer<byte[], byte[]> producer = KafkaClients.bytesProducer(
						Map.of(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers))) {
			admin.createTopics(List.of(new NewTopic(TOPIC, 1, (short) 1))).all().get(30, TimeUnit.SECONDS);
			long old = System.currentTimeMillis() - 30_000;
			for (int i = 0; i < 100; i++) {
				producer.send(new ProducerRecord<>(TOPIC, 0, old + i * 100L, ("k" + i).getBytes(StandardCharsets.UTF_8),
						"{}".getBytes(StandardCharsets.UTF_8)));
			}
			producer.flush();
			admin.alterConsumerGroupOffsets("outage.applier",
					Map.of(new TopicPartition(TOPIC, 0), new OffsetAndMetadata(50))).all().get(30, TimeUnit.SECONDS);
		}
	}

	private static ClusterSpec cluster(String bootstrapServers) {
		LinkSpec link = new LinkSpec("outage-link", "outage link", "a", "b", TOPIC, "outage.applier", Set.of(),
				LagSettings.DEFAULT, ConflictPolicy.MANUAL, List.of());
		return new ClusterSpec("outage", "Outage", bootstrapServers, Map.of(), List.of(link));
	}

	private static MonitorSettings monitorSettings() {
		return new MonitorSettings(Duration.ofMillis(500), Duration.ofSeconds(2), Duration.ofSeconds(30), false,
				"syncscope.ui-outage." + UUID.randomUUID(), DetectorConfig.DEFAULT, Clock.systemUTC());
	}
}
