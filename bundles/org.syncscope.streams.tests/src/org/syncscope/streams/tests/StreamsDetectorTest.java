package org.syncscope.streams.tests;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.syncscope.kafka.broker.LocalKafkaBroker;
import org.syncscope.kafka.monitor.ClusterSpec;
import org.syncscope.simulator.GroundTruth;
import org.syncscope.simulator.SimulatorSettings;
import org.syncscope.simulator.SyncSimulator;
import org.syncscope.streams.DetectorSettings;
import org.syncscope.streams.StreamsDetector;
import org.syncscope.testing.Await;
import org.syncscope.testing.TestOutput;
import org.syncscope.testing.kafka.KafkaBrokerExtension;

/**
 * The streams detector on the real local broker against the simulator's ground truth: the simulator writes the
 * sample topology's three change logs with concurrent pairs injected between every pair of regions; one
 * detector instance, reading them from the beginning with exactly-once processing, publishes exactly one
 * conflict per injected pair, on the detection of that pair of regions, with both versions and, when the
 * detection saw it, their exact common ancestor; nothing is published twice.
 */
@ExtendWith(KafkaBrokerExtension.class)
class StreamsDetectorTest {

	private static final Duration TIMEOUT = Duration.ofSeconds(120);
	private static final int ENOUGH = 10;

	@Test
	void oneInstancePublishesEveryInjectedConflictOnceWithItsVersionsAndAncestor(LocalKafkaBroker broker)
			throws Exception {
		String bootstrap = broker.bootstrapServers();
		TaggedSample sample = TaggedSample.write(TestOutput.scratchFolder("streams-detector"), bootstrap, "one");
		ClusterSpec cluster = sample.cluster();
		GroundTruth truth;
		try (SyncSimulator simulator = SyncSimulator.start(bootstrap, new SimulatorSettings(sample.regions(), 300, 150,
				0.05, 0.0, 0, Duration.ZERO, Duration.ZERO, Duration.ofMillis(500), 3, 31L))) {
			truth = simulator.truth();
			Await.until(ENOUGH + " conflicts injected between every pair of regions", TIMEOUT,
					() -> PublishedConflicts.pairs(sample.regions()).stream()
							.allMatch(pair -> simulator.truth().conflicts(pair) >= ENOUGH));
			simulator.pauseWriters();
		}
		DetectorSettings settings = new DetectorSettings("detector-test-" + UUID.randomUUID(),
				TestOutput.scratchFolder("streams-state"), 0);
		try (StreamsDetector detector = StreamsDetector.start(cluster, settings);
				PublishedConflicts published = new PublishedConflicts(cluster, sample.regions(),
						settings.conflictsTopic())) {
			try {
				Await.until("every injected conflict published", TIMEOUT, () -> {
					published.poll();
					return published.covers(truth);
				});
			} catch (AssertionError timedOut) {
				throw new AssertionError(timedOut.getMessage() + "; state " + detector.state() + "; "
						+ published.against(truth), timedOut);
			}
			// the version both sides started from is on a watched log unless the third region wrote it
			assertTrue(published.assertMatches(truth) > 0, "some conflicts come with their common ancestor");
			assertTrue(published.pairs().stream().anyMatch(pair -> !published.closed(pair).isEmpty()),
					"the writes that follow close conflicts");
		}
	}
}
