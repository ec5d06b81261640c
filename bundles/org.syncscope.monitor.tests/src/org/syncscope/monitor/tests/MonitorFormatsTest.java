package org.syncscope.monitor.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.syncscope.kafka.broker.LocalKafkaBroker;
import org.syncscope.testing.TestOutput;
import org.syncscope.testing.kafka.HeldLag;
import org.syncscope.testing.kafka.KafkaBrokerExtension;
import org.syncscope.testing.kafka.TopologyFiles;
import org.syncscope.testing.kafka.TopologyFiles.Link;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/** What the monitor's text and JSON reports say about a link with 12 events held 5 minutes behind. */
@ExtendWith(KafkaBrokerExtension.class)
class MonitorFormatsTest {

	private static final Link LINK = new Link("orders eu to us", "formats.changes", "applier.formats", 60, 3_600);

	@TempDir
	Path folder;

	@Test
	void theTextReportHasTheClusterAndATableOfTheLinks(LocalKafkaBroker broker) throws Exception {
		MonitorRun run = MonitorRun.of("--topology", topology(broker, "text").toString(), "--once");
		Files.writeString(TestOutput.folder("reports").resolve("monitor-report.txt"), run.out());
		assertEquals(1, run.exitCode(), run::toString);
		List<String> lines = run.out().lines().toList();
		assertTrue(lines.get(0).startsWith("SyncScope monitor: Monitored at ") && lines.get(0).endsWith(": WARNING"),
				run::toString);
		assertTrue(lines.get(1).startsWith("Cluster Test Kafka (" + broker.bootstrapServers() + "): UP, lag poll "),
				run::toString);
		assertEquals(List.of("LINK", "STATUS", "LAG", "(EVENTS)", "LAG", "(S)", "TREND", "EVENTS/S", "OPEN",
				"CONFLICTS", "QUARANTINED"), List.of(lines.get(2).trim().split("\\s+")));
		String row = lines.stream().filter(line -> line.startsWith(LINK.name())).findFirst().orElseThrow();
		List<String> cells = List.of(row.substring(LINK.name().length()).trim().split("\\s{2,}"));
		assertEquals("LAG ≥ 60 s", cells.get(0), row);
		assertEquals("12", cells.get(1), row);
		double seconds = Double.parseDouble(cells.get(2).replace(",", ""));
		assertTrue(seconds >= 300 && seconds < 400, row);
		assertEquals("steady", cells.get(3), row);
		assertEquals("0.0", cells.get(4), row);
		assertEquals("0", cells.get(5), row);
		assertEquals("0", cells.get(6), row);
		assertTrue(run.out().contains("WARNING " + LINK.name() + ": Lag in seconds at or above the link's warning"
				+ " threshold of 60 s."), run::toString);
	}

	@Test
	void theJsonReportIsOneObjectWithEveryFigure(LocalKafkaBroker broker) throws Exception {
		MonitorRun run = MonitorRun.of("--topology", topology(broker, "json").toString(), "--once", "--format",
				"json");
		assertEquals(1, run.exitCode(), run::toString);
		assertEquals(1, run.out().lines().count(), run::toString);
		JsonNode report = new ObjectMapper().readTree(run.out());
		assertEquals("Monitored", report.get("topology").asText());
		assertEquals("WARNING", report.get("verdict").asText());
		assertEquals(1, report.get("exitCode").asInt());
		JsonNode cluster = report.get("clusters").get(0);
		assertEquals("Test Kafka", cluster.get("name").asText());
		assertEquals("UP", cluster.get("status").asText());
		assertTrue(cluster.get("error").isNull(), report::toString);
		assertTrue(cluster.get("lagPollSeconds").asDouble() > 0, report::toString);
		JsonNode link = report.get("links").get(0);
		assertEquals(LINK.id(), link.get("id").asText());
		assertEquals(LINK.name(), link.get("name").asText());
		assertEquals("Test Kafka", link.get("cluster").asText());
		assertEquals("WARNING", link.get("verdict").asText());
		assertEquals(12, link.get("lagEvents").asLong());
		assertTrue(link.get("lagSeconds").asDouble() >= 300 && link.get("lagSeconds").asDouble() < 400,
				report::toString);
		assertEquals("STEADY", link.get("trend").asText());
		assertEquals(0, link.get("openConflicts").asInt());
		assertEquals(0, link.get("quarantined").asLong());
		assertTrue(link.get("explanation").asText().contains("warning threshold of 60 s"), report::toString);
	}

	private Path topology(LocalKafkaBroker broker, String variant) throws Exception {
		String topic = LINK.topic() + "." + variant;
		String group = LINK.group() + "." + variant;
		HeldLag.hold(broker.bootstrapServers(), topic, group, 12, 0, Duration.ofMinutes(5));
		return TopologyFiles.write(folder.resolve(variant + ".synctopo"), "Test Kafka", broker.bootstrapServers(),
				List.of(new Link(LINK.name(), topic, group, LINK.warningSeconds(), LINK.criticalSeconds())));
	}
}
