package org.syncscope.metrics.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.syncscope.kafka.broker.LocalKafkaBroker;
import org.syncscope.kafka.monitor.ClusterSpec;
import org.syncscope.kafka.monitor.CredentialResolver;
import org.syncscope.kafka.monitor.MonitorSettings;
import org.syncscope.kafka.monitor.MonitoringService;
import org.syncscope.kafka.monitor.TopologySpecs;
import org.syncscope.metrics.ListenAddress;
import org.syncscope.metrics.MetricsServer;
import org.syncscope.testing.Await;
import org.syncscope.testing.Http;
import org.syncscope.testing.kafka.HeldLag;
import org.syncscope.testing.kafka.KafkaBrokerExtension;
import org.syncscope.testing.kafka.TopologyFiles;
import org.syncscope.testing.kafka.TopologyFiles.Link;
import org.syncscope.testing.prometheus.Promtool;
import org.syncscope.topology.Topology;
import org.syncscope.topology.resource.TopologyResources;

/**
 * The metrics a {@link MetricsServer} serves over HTTP for a link with 7 events held 2 minutes behind on the
 * real local broker: the figures, their names, units and labels, and an exposition that Prometheus's own
 * {@code promtool check metrics} finds nothing wrong with.
 */
@ExtendWith(KafkaBrokerExtension.class)
class MetricsExpositionTest {

	private static final Duration TIMEOUT = Duration.ofSeconds(60);

	@TempDir
	Path folder;

	@Test
	void aHeldLagIsServedWithConventionalNamesAndPassesPromtool(LocalKafkaBroker broker) throws Exception {
		HeldLag.hold(broker.bootstrapServers(), "metrics.changes", "applier.metrics", 7, 0, Duration.ofMinutes(2));
		Path file = TopologyFiles.write(folder.resolve("metrics.synctopo"), "Metrics Kafka", broker.bootstrapServers(),
				List.of(new Link("eu to us", "metrics.changes", "applier.metrics", 60, 3_600)));
		Topology topology = TopologyResources.load(TopologyResources.newResourceSet(), file);
		List<ClusterSpec> clusters = TopologySpecs.of(topology, CredentialResolver.NONE);
		MonitoringService monitoring = new MonitoringService();
		monitoring.start(clusters, MonitorSettings.defaults().withMonitorGroup("syncscope.test." + UUID.randomUUID()));
		try (MetricsServer server = MetricsServer.start(monitoring, ListenAddress.parse("127.0.0.1:0"))) {
			assertEquals("127.0.0.1", server.address().host());
			assertTrue(server.address().port() > 0, server.address()::toString);
			String[] exposition = new String[1];
			Await.until("the held lag served", TIMEOUT, () -> {
				exposition[0] = Http.get(server.address().metricsUrl());
				return exposition[0].contains("syncscope_link_lag_seconds{");
			});
			String text = exposition[0];
			String link = "{cluster=\"Metrics Kafka\",link=\"eu to us\"}";
			assertEquals(7, value(text, "syncscope_link_lag_events" + link), text);
			double seconds = value(text, "syncscope_link_lag_seconds" + link);
			assertTrue(seconds >= 120 && seconds < 200, text);
			assertEquals(7, value(text, "syncscope_partition_lag_events{cluster=\"Metrics Kafka\",link=\"eu to us\","
					+ "partition=\"0\"}"), text);
			assertEquals(7, value(text, "syncscope_link_produced_events_total" + link), text);
			assertEquals(0, value(text, "syncscope_link_applied_events_total" + link), text);
			assertEquals(1, value(text, "syncscope_link_severity" + link), text);
			assertEquals(1, value(text, "syncscope_link_status{cluster=\"Metrics Kafka\",link=\"eu to us\","
					+ "syncscope_link_status=\"OK\"}"), text);
			assertEquals(0, value(text, "syncscope_link_status{cluster=\"Metrics Kafka\",link=\"eu to us\","
					+ "syncscope_link_status=\"STOPPED\"}"), text);
			assertEquals(0, value(text, "syncscope_link_conflicts_detected_total" + link), text);
			assertEquals(0, value(text, "syncscope_link_conflicts_open" + link), text);
			assertEquals(0, value(text, "syncscope_link_quarantined_records_total" + link), text);
			assertEquals(1, value(text, "syncscope_cluster_up{cluster=\"Metrics Kafka\"}"), text);
			assertTrue(value(text, "syncscope_cluster_lag_poll_duration_seconds{cluster=\"Metrics Kafka\"}") > 0, text);
			assertTrue(text.contains("# TYPE syncscope_link_lag_seconds gauge"), text);
			assertTrue(text.contains("# TYPE syncscope_link_produced_events_total counter")
					|| text.contains("# TYPE syncscope_link_produced_events counter"), text);

			Promtool.Check check = Promtool.checkMetrics(text);
			assertEquals(0, check.exitCode(), () -> check.output() + "\n" + text);
			assertEquals("", check.output().trim(), text);
		} finally {
			monitoring.stop();
		}
	}

	/** The value of the sample {@code series} (name and labels as exposed) in {@code text}. */
	static double value(String text, String series) {
		Matcher matcher = Pattern.compile("^" + Pattern.quote(series) + " (\\S+)$", Pattern.MULTILINE).matcher(text);
		if (!matcher.find()) {
			throw new AssertionError("No sample " + series + " in:\n" + text);
		}
		return Double.parseDouble(matcher.group(1));
	}
}
