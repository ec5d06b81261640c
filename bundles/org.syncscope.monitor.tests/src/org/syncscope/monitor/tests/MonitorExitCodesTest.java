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
import org.syncscope.testing.Await;
import org.syncscope.testing.kafka.HeldLag;
import org.syncscope.testing.kafka.KafkaBrokerExtension;
import org.syncscope.testing.kafka.TopologyFiles;
import org.syncscope.testing.kafka.TopologyFiles.Link;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * The exit codes of {@code syncscope monitor --once} on the real local broker, for links whose lag is held
 * still: 0 for a link that is caught up, 1 for one whose oldest waiting change is past its warning threshold,
 * 2 past its critical one or on a cluster that does not answer, 3 for a bad topology or bad arguments.
 */
@ExtendWith(KafkaBrokerExtension.class)
class MonitorExitCodesTest {

	private static final Duration TEN_MINUTES = Duration.ofMinutes(10);

	@TempDir
	Path folder;

	@Test
	void aCaughtUpLinkIsOk(LocalKafkaBroker broker) throws Exception {
		HeldLag.hold(broker.bootstrapServers(), "exit.ok", "applier.exit.ok", 20, 20, Duration.ZERO);
		MonitorRun run = once(broker, new Link("caught up", "exit.ok", "applier.exit.ok", 60, 600));
		assertEquals(0, run.exitCode(), run::toString);
		assertTrue(run.out().contains(": OK"), run::toString);
	}

	@Test
	void aLagPastTheWarningThresholdIsAWarning(LocalKafkaBroker broker) throws Exception {
		HeldLag.hold(broker.bootstrapServers(), "exit.warning", "applier.exit.warning", 10, 0, TEN_MINUTES);
		MonitorRun run = once(broker, new Link("behind", "exit.warning", "applier.exit.warning", 60, 3_600));
		assertEquals(1, run.exitCode(), run::toString);
		assertTrue(run.out().contains("LAG ≥ 60 s"), run::toString);
	}

	@Test
	void aLagPastTheCriticalThresholdIsCritical(LocalKafkaBroker broker) throws Exception {
		HeldLag.hold(broker.bootstrapServers(), "exit.critical", "applier.exit.critical", 10, 0, TEN_MINUTES);
		MonitorRun run = once(broker, new Link("far behind", "exit.critical", "applier.exit.critical", 60, 120));
		assertEquals(2, run.exitCode(), run::toString);
		assertTrue(run.out().contains("LAG ≥ 120 s"), run::toString);
	}

	@Test
	void theWorstLinkDecides(LocalKafkaBroker broker) throws Exception {
		HeldLag.hold(broker.bootstrapServers(), "exit.mixed.ok", "applier.exit.mixed.ok", 5, 5, Duration.ZERO);
		HeldLag.hold(broker.bootstrapServers(), "exit.mixed.warn", "applier.exit.mixed.warn", 5, 0, TEN_MINUTES);
		Path topology = TopologyFiles.write(folder.resolve("mixed.synctopo"), "Test Kafka", broker.bootstrapServers(),
				List.of(new Link("fine", "exit.mixed.ok", "applier.exit.mixed.ok", 60, 3_600),
						new Link("lagging", "exit.mixed.warn", "applier.exit.mixed.warn", 60, 3_600)));
		MonitorRun run = MonitorRun.of("--topology", topology.toString(), "--once");
		assertEquals(1, run.exitCode(), run::toString);
		assertTrue(run.out().contains("WARNING lagging:"), run::toString);
	}

	@Test
	void aRepeatingRunReportsUntilStoppedAndExitsWithItsLastVerdict(LocalKafkaBroker broker) throws Exception {
		HeldLag.hold(broker.bootstrapServers(), "exit.every", "applier.exit.every", 10, 0, TEN_MINUTES);
		Path topology = TopologyFiles.write(folder.resolve("every.synctopo"), "Test Kafka", broker.bootstrapServers(),
				List.of(new Link("watched", "exit.every", "applier.exit.every", 60, 3_600)));
		try (ServedMonitor monitor = new ServedMonitor("--topology", topology.toString(), "--prometheus",
				"127.0.0.1:0", "--every", "200ms", "--format", "json")) {
			Await.until("three reports", Duration.ofSeconds(60), () -> monitor.out().lines().count() >= 3);
			assertEquals(1, monitor.stop(), monitor::err);
			List<String> reports = monitor.out().lines().toList();
			JsonNode last = new ObjectMapper().readTree(reports.get(reports.size() - 1));
			assertEquals("WARNING", last.get("verdict").asText(), last::toString);
			assertEquals(10, last.get("links").get(0).get("lagEvents").asLong(), last::toString);
		}
	}

	@Test
	void anUnreachableClusterIsDownAndCritical() throws Exception {
		Path topology = TopologyFiles.write(folder.resolve("down.synctopo"), "Gone Kafka", "127.0.0.1:1",
				List.of(new Link("orphan", "exit.down", "applier.exit.down", 60, 600)));
		MonitorRun run = MonitorRun.of("--topology", topology.toString(), "--once");
		assertEquals(2, run.exitCode(), run::toString);
		assertTrue(run.out().contains("Cluster Gone Kafka (127.0.0.1:1): DOWN"), run::toString);
		assertTrue(run.out().lines().anyMatch(line -> line.startsWith("orphan") && line.contains("DOWN")),
				run::toString);
	}

	@Test
	void aMissingTopologyIsBadInput() {
		MonitorRun run = MonitorRun.of("--topology", folder.resolve("none.synctopo").toString(), "--once");
		assertEquals(3, run.exitCode(), run::toString);
		assertTrue(run.err().contains("no such file"), run::toString);
	}

	@Test
	void aBrokenTopologyIsBadInput() throws Exception {
		Path broken = Files.writeString(folder.resolve("broken.synctopo"), "<topology:Topology xmlns:topology=");
		MonitorRun run = MonitorRun.of("--topology", broken.toString(), "--once");
		assertEquals(3, run.exitCode(), run::toString);
		assertTrue(run.err().startsWith("syncscope monitor: "), run::toString);
		assertEquals("", run.out(), run::toString);
	}

	@Test
	void aTopologyWithNothingToMonitorIsBadInput() throws Exception {
		Path empty = TopologyFiles.write(folder.resolve("empty.synctopo"), "Idle Kafka", "127.0.0.1:9092", List.of());
		MonitorRun run = MonitorRun.of("--topology", empty.toString());
		assertEquals(3, run.exitCode(), run::toString);
		assertTrue(run.err().contains("no enabled link"), run::toString);
	}

	@Test
	void badArgumentsAreBadInput() throws Exception {
		Path topology = TopologyFiles.write(folder.resolve("args.synctopo"), "Test Kafka", "127.0.0.1:1",
				List.of(new Link("any", "exit.args", "applier.exit.args", 60, 600)));
		for (String[] args : List.of(new String[] { "--topology", topology.toString(), "--format", "xml" },
				new String[] { "--topology", topology.toString(), "--every", "soon" },
				new String[] { "--topology", topology.toString(), "--once", "--every", "10s" },
				new String[] { "--topology", topology.toString(), "--prometheus", "here" },
				new String[] { "--topology", topology.toString(), "--colour" },
				new String[] { "--once" })) {
			MonitorRun run = MonitorRun.of(args);
			assertEquals(3, run.exitCode(), () -> String.join(" ", args) + ": " + run);
			assertTrue(run.err().contains("(see --help)"), run::toString);
		}
	}

	private MonitorRun once(LocalKafkaBroker broker, Link link) throws Exception {
		Path topology = TopologyFiles.write(folder.resolve(link.id() + ".synctopo"), "Test Kafka",
				broker.bootstrapServers(), List.of(link));
		return MonitorRun.of("--topology", topology.toString(), "--once");
	}
}
