package org.syncscope.simulator.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.syncscope.core.lag.LinkLag;
import org.syncscope.kafka.broker.BrokerSettings;
import org.syncscope.kafka.broker.LocalKafkaBroker;
import org.syncscope.kafka.monitor.ClusterSpec;
import org.syncscope.kafka.monitor.LinkSnapshot;
import org.syncscope.kafka.monitor.LinkSpec;
import org.syncscope.kafka.monitor.MonitorSettings;
import org.syncscope.kafka.monitor.MonitoringService;
import org.syncscope.kafka.monitor.MonitoringSnapshot;
import org.syncscope.simulator.GroundTruth;
import org.syncscope.simulator.GroundTruth.RegionPair;
import org.syncscope.simulator.SimulatorSettings;
import org.syncscope.simulator.SyncSimulator;
import org.syncscope.testing.Await;
import org.syncscope.testing.TestOutput;
import org.syncscope.testing.kafka.KafkaBrokerExtension;
import org.syncscope.testing.kafka.SampleTopology;

/**
 * Monitoring of the sample topology against the simulator's ground truth on a real broker: the simulator
 * writes with concurrent pairs while appliers fall behind, then holds still; offset lag must then equal the
 * truth to the record, time lag the real age of the oldest unapplied event within a second, and the
 * conflicts found the concurrent writes injected over a run of at least {@value #MIN_EVENTS} events (written at
 * a few thousand events a second, so the run takes seconds).
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class MonitoringAccuracyTest {

	private static final Duration TIMEOUT = Duration.ofSeconds(60);
	private static final long MIN_EVENTS = 100_000;
	private static final SimulatorSettings SCENARIO = new SimulatorSettings(List.of("eu-west", "us-east", "ap-south"),
			50_000, 4_000, 0.05, 0.25, 50, Duration.ZERO, Duration.ZERO, Duration.ofMinutes(5), 3, 42L);

	private LocalKafkaBroker broker;
	private SyncSimulator simulator;
	private final MonitoringService monitoring = new MonitoringService();
	private ClusterSpec cluster;

	@BeforeAll
	void runScenarioUntilItHoldsStill() throws Exception {
		broker = LocalKafkaBroker.start(BrokerSettings.of(
				Path.of(System.getProperty(KafkaBrokerExtension.LIB_PROPERTY)),
				TestOutput.scratchFolder("kafka-accuracy-")));
		simulator = SyncSimulator.start(broker.bootstrapServers(), SCENARIO);
		cluster = SampleTopology.clusterAt(broker.bootstrapServers());
		monitoring.start(List.of(cluster), MonitorSettings.defaults().fromBeginning());

		GroundTruth truth = simulator.truth();
		Await.until("concurrent writes between every pair of regions", TIMEOUT,
				() -> truth.conflicts(RegionPair.of("eu-west", "us-east")) >= 5
						&& truth.conflicts(RegionPair.of("eu-west", "ap-south")) >= 5
						&& truth.conflicts(RegionPair.of("us-east", "ap-south")) >= 5);
		Await.until("incoming throughput on every link", TIMEOUT, () -> monitoring.latest().links().size() == 6
				&& monitoring.latest().links().stream().allMatch(link -> link.throughput().eventsPerSecond() > 0));
		Await.until("every applier 300 events behind", TIMEOUT, () -> cluster.links().stream()
				.allMatch(link -> truth.written(regionOf(link.topic())) - truth.applied(link.applierGroup()) >= 300));
		Await.until(MIN_EVENTS + " events written", TIMEOUT, () -> eventsWritten(truth) >= MIN_EVENTS);
		simulator.pauseWriters();
		simulator.pauseAppliers();
	}

	@AfterAll
	void stopEverything() {
		monitoring.stop();
		if (simulator != null) {
			simulator.close();
		}
		if (broker != null) {
			broker.close();
		}
	}

	@Test
	void offsetLagEqualsTheGroundTruthToTheRecord() {
		GroundTruth truth = simulator.truth();
		for (LinkSpec link : cluster.links()) {
			String source = regionOf(link.topic());
			long expected = truth.written(source) - truth.applied(link.applierGroup());
			assertTrue(expected > 0, "the scenario leaves " + link.name() + " behind");
			Await.until(link.name() + " offset lag of " + expected, TIMEOUT,
					() -> offsetLag(monitoring.latest(), link) == expected);
		}
	}

	@Test
	void timeLagIsTheAgeOfTheOldestUnappliedEventWithinOneSecond() throws Exception {
		try (OldestUnapplied oldest = new OldestUnapplied(broker.bootstrapServers())) {
			for (LinkSpec link : cluster.links()) {
				Await.until(link.name() + " time lag", TIMEOUT,
						() -> monitoring.latest().link(link.id()).flatMap(LinkSnapshot::lag)
								.flatMap(LinkLag::timeLag).isPresent());
				LinkLag lag = monitoring.latest().link(link.id()).flatMap(LinkSnapshot::lag).orElseThrow();
				Instant oldestTimestamp = oldest.timestamp(link.topic(), link.applierGroup());
				Duration truth = Duration.between(oldestTimestamp, lag.evaluatedAt());
				Duration measured = lag.timeLag().orElseThrow();
				assertTrue(measured.minus(truth).abs().compareTo(Duration.ofSeconds(1)) <= 0,
						link.name() + ": measured " + measured + ", truth " + truth);
			}
		}
	}

	@Test
	void conflictsFoundEqualTheConcurrentWritesInjected() {
		GroundTruth truth = simulator.truth();
		long events = eventsWritten(truth);
		assertTrue(events >= MIN_EVENTS, "the run wrote " + events + " events");
		for (LinkSpec link : cluster.links()) {
			String source = regionOf(link.topic());
			String target = regionOf(link.targetTopics().iterator().next());
			long watchedEvents = truth.written(source) + truth.written(target);
			Await.until(link.name() + " to read all " + watchedEvents + " events it watches", TIMEOUT,
					() -> monitoring.latest().link(link.id()).orElseThrow().detector().events() == watchedEvents);
			LinkSnapshot snapshot = monitoring.latest().link(link.id()).orElseThrow();
			RegionPair pair = RegionPair.of(source, target);
			assertEquals(truth.conflicts(pair), snapshot.detector().conflictsOpened(), link.name() + " conflicts");
			assertEquals(truth.pseudoConflicts(pair), snapshot.detector().pseudoConflicts(),
					link.name() + " pseudo-conflicts");
			assertEquals(truth.conflicts(pair), snapshot.openConflicts().size(), link.name() + " open conflicts");
			assertTrue(snapshot.openConflicts().stream()
					.allMatch(conflict -> truth.conflictKeys(pair).contains(conflict.key())),
					link.name() + " reports only keys written concurrently");
			assertTrue(snapshot.openConflicts().stream().allMatch(conflict -> conflict.link().equals(link.id())),
					link.name() + " reports its conflicts under its own id (its detector is shared with the reverse link)");
		}
	}

	private static long eventsWritten(GroundTruth truth) {
		return SCENARIO.regions().stream().mapToLong(truth::written).sum();
	}

	private static long offsetLag(MonitoringSnapshot snapshot, LinkSpec link) {
		return snapshot.link(link.id()).flatMap(LinkSnapshot::lag).map(lag -> lag.offsetLag().orElse(-1)).orElse(-1L);
	}

	private static String regionOf(String topic) {
		return topic.substring("sync.".length(), topic.length() - ".changes".length());
	}
}
