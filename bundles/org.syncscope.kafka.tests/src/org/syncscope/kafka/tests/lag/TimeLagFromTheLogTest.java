package org.syncscope.kafka.tests.lag;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.syncscope.core.lag.LagSettings;
import org.syncscope.core.lag.LinkLag;
import org.syncscope.core.lag.TimeLagSource;
import org.syncscope.kafka.broker.LocalKafkaBroker;
import org.syncscope.testing.kafka.KafkaBrokerExtension;

/**
 * Lag in seconds against the true age of the oldest unapplied record, on records written with known
 * timestamps: a backlog written before monitoring started, a stopped applier while more records come, a
 * slow trickle after a burst, and a committed record deleted before it could be read (then the figure is an
 * estimate, and says so). The monitor reads from the end of the logs, so none of these records passes its
 * own reader: the timestamps must come from the log.
 */
@ExtendWith(KafkaBrokerExtension.class)
class TimeLagFromTheLogTest {

	/** One poll interval: how far the figure may trail the truth. */
	private static final long TOLERANCE_MILLIS = 1_000;
	private static final LagSettings SETTINGS = LagSettings.DEFAULT;

	@Test
	void aBacklogOlderThanTheMonitorAndAStoppedApplier(LocalKafkaBroker broker) throws Exception {
		long t0 = System.currentTimeMillis() - 600_000;
		try (ChangeLog log = new ChangeLog(broker.bootstrapServers(), "timelag.backlog")) {
			log.write(500, t0, 1_000);
			log.commit("applier.backlog", 100);
			long oldestUnapplied = t0 + 100 * 1_000L;
			try (Monitor monitor = new Monitor(broker.bootstrapServers(), log, "applier.backlog", SETTINGS)) {
				LinkLag lag = monitor.awaitLag("the backlog's lag", found -> found.offsetLag().orElse(-1) == 400
						&& found.timeLag().isPresent());
				assertMeasured(lag, oldestUnapplied);
				log.write(500, System.currentTimeMillis(), 1);
				LinkLag later = monitor.awaitLag("500 more records seen", found -> found.offsetLag().orElse(-1) == 900);
				assertMeasured(later, oldestUnapplied);
			}
		}
	}

	@Test
	void aSlowTrickleAfterABurst(LocalKafkaBroker broker) throws Exception {
		long burst = System.currentTimeMillis() - 300_000;
		try (ChangeLog log = new ChangeLog(broker.bootstrapServers(), "timelag.trickle")) {
			log.write(1_000, burst, 10);
			log.commit("applier.trickle", 900);
			long oldestUnapplied = burst + 900 * 10L;
			try (Monitor monitor = new Monitor(broker.bootstrapServers(), log, "applier.trickle", SETTINGS)) {
				for (int i = 1; i <= 3; i++) {
					log.write(1, System.currentTimeMillis(), 1);
					long expected = 100 + i;
					LinkLag lag = monitor.awaitLag("trickle record " + i + " seen",
							found -> found.offsetLag().orElse(-1) == expected && found.timeLag().isPresent());
					assertMeasured(lag, oldestUnapplied);
				}
			}
		}
	}

	@Test
	void aRecordDeletedBeforeItWasReadGivesAMarkedEstimate(LocalKafkaBroker broker) throws Exception {
		long t0 = System.currentTimeMillis() - 120_000;
		try (ChangeLog log = new ChangeLog(broker.bootstrapServers(), "timelag.deleted")) {
			log.write(200, t0, 100);
			log.commit("applier.deleted", 50);
			log.deleteBefore(150);
			try (Monitor monitor = new Monitor(broker.bootstrapServers(), log, "applier.deleted", SETTINGS)) {
				monitor.awaitLag("the log end seen", found -> found.offsetLag().orElse(-1) == 150);
				// without the record, only the log end's movement can date the committed offset: let it move twice
				log.write(10, System.currentTimeMillis(), 1);
				monitor.awaitLag("the first write seen", found -> found.offsetLag().orElse(-1) == 160);
				log.write(10, System.currentTimeMillis(), 1);
				LinkLag lag = monitor.awaitLag("an estimated lag",
						found -> found.timeLag().isPresent() && found.offsetLag().orElse(-1) == 170);
				assertEquals(TimeLagSource.EXTRAPOLATED, lag.timeLagSource());
				assertTrue(lag.timeLagSource().estimate());
			}
		}
	}

	private static void assertMeasured(LinkLag lag, long oldestUnappliedMillis) {
		assertEquals(TimeLagSource.RECORD_TIMESTAMP, lag.timeLagSource(), "measured from the record itself");
		long truth = lag.evaluatedAt().toEpochMilli() - oldestUnappliedMillis;
		long measured = lag.timeLag().orElseThrow().toMillis();
		assertTrue(Math.abs(measured - truth) <= TOLERANCE_MILLIS,
				"lag " + Duration.ofMillis(measured) + ", true age " + Duration.ofMillis(truth));
	}
}
