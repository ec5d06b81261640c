package org.syncscope.monitor.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.syncscope.kafka.broker.LocalKafkaBroker;
import org.syncscope.testing.Await;
import org.syncscope.testing.Http;
import org.syncscope.testing.TestOutput;
import org.syncscope.testing.kafka.HeldLag;
import org.syncscope.testing.kafka.KafkaBrokerExtension;
import org.syncscope.testing.kafka.TopologyFiles;
import org.syncscope.testing.kafka.TopologyFiles.Link;
import org.syncscope.testing.prometheus.LocalPrometheus;
import org.syncscope.testing.prometheus.Promtool;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * The headless monitor serving metrics to a real Prometheus (Debian's package, started on 127.0.0.1 with a
 * generated configuration): Prometheus's own query API returns the lag of a link held 9 events and three
 * minutes behind on the real local broker; the exposition passes {@code promtool check metrics}; and the
 * shipped Grafana dashboard asks only for metrics the monitor exports.
 */
@ExtendWith(KafkaBrokerExtension.class)
class PrometheusScrapeTest {

	private static final Duration TIMEOUT = Duration.ofSeconds(90);
	private static final ObjectMapper JSON = new ObjectMapper();

	private static ServedMonitor monitor;

	@BeforeAll
	static void serveAHeldLag(LocalKafkaBroker broker) throws Exception {
		HeldLag.hold(broker.bootstrapServers(), "scrape.changes", "applier.scrape", 9, 0, Duration.ofMinutes(3));
		Path topology = TopologyFiles.write(TestOutput.scratchFolder("scrape").resolve("scrape.synctopo"),
				"Scrape Kafka", broker.bootstrapServers(),
				List.of(new Link("held", "scrape.changes", "applier.scrape", 60, 3_600)));
		monitor = new ServedMonitor("--topology", topology.toString(), "--prometheus", "127.0.0.1:0", "--every",
				"1s", "--format", "json");
	}

	@AfterAll
	static void stopMonitor() throws Exception {
		if (monitor != null) {
			monitor.close();
		}
	}

	@Test
	void prometheusScrapesTheHeldLagAndAnswersItsQuery() throws Exception {
		try (LocalPrometheus prometheus = LocalPrometheus.start(TestOutput.scratchFolder("prometheus"),
				List.of("127.0.0.1:" + monitor.port()))) {
			JsonNode[] sample = new JsonNode[1];
			try {
				Await.until("Prometheus's answer for the held link's lag", TIMEOUT, () -> {
					sample[0] = firstResult(prometheus, "syncscope_link_lag_events{link=\"held\"}");
					return sample[0] != null;
				});
			} catch (AssertionError timedOut) {
				throw new AssertionError(timedOut.getMessage() + "\nPrometheus log:\n" + prometheus.logTail(), timedOut);
			}
			assertEquals("Scrape Kafka", sample[0].get("metric").get("cluster").asText(), sample[0]::toString);
			assertEquals("syncscope", sample[0].get("metric").get("job").asText(), sample[0]::toString);
			assertEquals(9, sample[0].get("value").get(1).asDouble(), sample[0]::toString);

			JsonNode seconds = firstResult(prometheus, "syncscope_link_lag_seconds{link=\"held\"}");
			double lagSeconds = seconds.get("value").get(1).asDouble();
			assertTrue(lagSeconds >= 180 && lagSeconds < 300, seconds::toString);
			JsonNode severity = firstResult(prometheus, "syncscope_link_severity{link=\"held\"}");
			assertEquals(1, severity.get("value").get(1).asDouble(), severity::toString);
			JsonNode up = firstResult(prometheus, "up{job=\"syncscope\"}");
			assertEquals(1, up.get("value").get(1).asDouble(), up::toString);
		}
	}

	@Test
	void theExpositionPassesPromtool() throws Exception {
		String exposition = servedWithLag();
		Promtool.Check check = Promtool.checkMetrics(exposition);
		assertEquals(0, check.exitCode(), () -> check.output() + "\n" + exposition);
		assertEquals("", check.output().trim(), exposition);
	}

	@Test
	void theGrafanaDashboardAsksOnlyForExportedMetrics() throws Exception {
		Set<String> exported = sampleNames(servedWithLag());
		JsonNode dashboard = JSON.readTree(Files.readString(dashboardFile()));
		Set<String> referenced = new TreeSet<>();
		dashboard.findValues("expr").forEach(expr -> referenced.addAll(metricNames(expr.asText())));
		dashboard.get("templating").get("list").findValues("query")
				.forEach(query -> referenced.addAll(metricNames(query.asText())));
		assertTrue(referenced.containsAll(Set.of("syncscope_link_lag_seconds", "syncscope_link_status",
				"syncscope_link_conflicts_detected_total")), referenced::toString);
		Set<String> unknown = new TreeSet<>(referenced);
		unknown.removeAll(exported);
		assertTrue(unknown.isEmpty(), () -> "The dashboard asks for " + unknown + ", which the monitor does not"
				+ " export; it exports " + exported);
	}

	/** The exposition once the held link's lag is in it. */
	private static String servedWithLag() {
		String[] text = new String[1];
		Await.until("the held lag served", TIMEOUT, () -> {
			text[0] = Http.get(monitor.metricsUrl());
			return text[0].contains("syncscope_link_lag_seconds{");
		});
		return text[0];
	}

	private static JsonNode firstResult(LocalPrometheus prometheus, String promql) {
		try {
			JsonNode answer = JSON.readTree(prometheus.query(promql));
			JsonNode result = answer.get("data").get("result");
			return result.isEmpty() ? null : result.get(0);
		} catch (Exception notYet) {
			return null;
		}
	}

	private static Set<String> sampleNames(String exposition) {
		Set<String> names = new TreeSet<>();
		Matcher matcher = Pattern.compile("^([a-zA-Z_:][a-zA-Z0-9_:]*)[{ ]", Pattern.MULTILINE).matcher(exposition);
		while (matcher.find()) {
			names.add(matcher.group(1));
		}
		return names;
	}

	private static Set<String> metricNames(String promql) {
		Set<String> names = new TreeSet<>();
		Matcher matcher = Pattern.compile("\\bsyncscope_[a-z0-9_]+").matcher(promql);
		while (matcher.find()) {
			names.add(matcher.group());
		}
		return names;
	}

	/** The dashboard shipped in the repository's {@code docs/grafana}, found from the test bundle's folder. */
	private static Path dashboardFile() {
		for (Path folder = Path.of("").toAbsolutePath(); folder != null; folder = folder.getParent()) {
			Path candidate = folder.resolve("docs/grafana/syncscope-dashboard.json");
			if (Files.isRegularFile(candidate)) {
				return candidate;
			}
		}
		throw new AssertionError("No docs/grafana/syncscope-dashboard.json above " + Path.of("").toAbsolutePath());
	}
}
