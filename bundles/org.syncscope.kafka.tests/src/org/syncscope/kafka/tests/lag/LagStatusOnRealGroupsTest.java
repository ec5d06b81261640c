package org.syncscope.kafka.tests.lag;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Instant;
import java.util.List;

import org.apache.kafka.clients.consumer.Consumer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.syncscope.core.lag.LagSettings;
import org.syncscope.core.lag.LagStatus;
import org.syncscope.core.lag.LinkLag;
import org.syncscope.core.lag.StatusRule;
import org.syncscope.core.lag.Trend;
import org.syncscope.kafka.broker.LocalKafkaBroker;
import org.syncscope.testing.kafka.KafkaBrokerExtension;

/**
 * The status rules on real consumer groups of the local broker, as SyncScope's monitoring sees them: an
 * applier that stopped, one that holds its partition without progressing, an idle partition that receives a
 * record, a quiet topic, and a rewound group that recovers.
 */
@ExtendWith(KafkaBrokerExtension.class)
class LagStatusOnRealGroupsTest {

	/** Records may wait 3 s before a partition can be STOPPED or STALLED. */
	private static final LagSettings QUICK = new LagSettings(LagSettings.DISABLED, LagSettings.DISABLED, 3);
	/** Records may wait a minute: long enough for every other rule to be seen first. */
	private static final LagSettings PATIENT = new LagSettings(LagSettings.DISABLED, LagSettings.DISABLED, 60);

	@Test
	void anApplierThatStoppedIsStoppedAndItsFlatLagSteady(LocalKafkaBroker broker) throws Exception {
		try (ChangeLog log = new ChangeLog(broker.bootstrapServers(), "lag.stopped")) {
			log.write(100, System.currentTimeMillis(), 1);
			log.commit("applier.stopped", 60);
			try (Monitor monitor = new Monitor(broker.bootstrapServers(), log, "applier.stopped", QUICK)) {
			LinkLag lag = monitor.awaitLag("a STOPPED link", found -> found.status() == LagStatus.STOPPED);
			assertEquals(List.of(StatusRule.NOT_PROGRESSING), lag.statusRules());
			assertEquals(40, lag.offsetLag().orElseThrow());
			monitor.awaitLag("a steady trend of the flat lag", found -> found.trend() == Trend.STEADY
					&& found.status() == LagStatus.STOPPED);
			}
		}
	}

	@Test
	void anApplierThatHoldsItsPartitionWithoutProgressIsStalledThenStoppedWhenItLeaves(LocalKafkaBroker broker)
			throws Exception {
		try (ChangeLog log = new ChangeLog(broker.bootstrapServers(), "lag.stalled");
				Monitor monitor = new Monitor(broker.bootstrapServers(), log, "applier.stalled", QUICK)) {
			log.write(50, System.currentTimeMillis(), 1);
			log.commit("applier.stalled", 10);
			try (Consumer<byte[], byte[]> member = log.joinWithoutCommitting("applier.stalled")) {
				LinkLag lag = monitor.awaitLag("a STALLED link", found -> found.status() == LagStatus.STALLED);
				assertEquals(List.of(StatusRule.HELD_WITHOUT_PROGRESS), lag.statusRules());
			}
			LinkLag gone = monitor.awaitLag("STOPPED once the member left",
					found -> found.status() == LagStatus.STOPPED);
			assertEquals(List.of(StatusRule.NOT_PROGRESSING), gone.statusRules());
		}
	}

	@Test
	void anIdleCaughtUpPartitionThatReceivesARecordStaysOk(LocalKafkaBroker broker) throws Exception {
		try (ChangeLog log = new ChangeLog(broker.bootstrapServers(), "lag.idle");
				Monitor monitor = new Monitor(broker.bootstrapServers(), log, "applier.idle", PATIENT)) {
			log.write(20, System.currentTimeMillis(), 1);
			log.commit("applier.idle", 20);
			try (Consumer<byte[], byte[]> member = log.joinWithoutCommitting("applier.idle")) {
				// caught up at the commit of 20, not merely at an empty log seen before the first write
				monitor.awaitLag("caught up at the commit", found -> found.offsetLag().orElse(-1) == 0
						&& found.partitions().stream().allMatch(partition -> partition.committedOffset() == 20));
				log.write(1, System.currentTimeMillis(), 1);
				LinkLag lag = monitor.awaitLag("the new record seen", found -> found.offsetLag().orElse(-1) == 1);
				assertEquals(LagStatus.OK, lag.status());
				assertEquals(List.of(StatusRule.CAUGHT_UP_IN_WINDOW), lag.statusRules());
			}
		}
	}

	@Test
	void aQuietTopicIsNotAStoppedApplier(LocalKafkaBroker broker) throws Exception {
		try (ChangeLog log = new ChangeLog(broker.bootstrapServers(), "lag.quiet");
				Monitor monitor = new Monitor(broker.bootstrapServers(), log, "applier.quiet", QUICK)) {
			log.write(30, System.currentTimeMillis(), 1);
			log.commit("applier.quiet", 30);
			Instant later = Instant.now().plusSeconds(2 * QUICK.minStopSeconds());
			LinkLag lag = monitor.awaitLag("an evaluation twice the minimum wait later",
					found -> found.evaluatedAt().isAfter(later));
			assertEquals(LagStatus.OK, lag.status());
			assertEquals(List.of(StatusRule.CAUGHT_UP), lag.statusRules());
		}
	}

	@Test
	void aRewoundGroupIsRewindUntilItCatchesUp(LocalKafkaBroker broker) throws Exception {
		try (ChangeLog log = new ChangeLog(broker.bootstrapServers(), "lag.rewind");
				Monitor monitor = new Monitor(broker.bootstrapServers(), log, "applier.rewind", PATIENT)) {
			log.write(100, System.currentTimeMillis(), 1);
			log.commit("applier.rewind", 80);
			monitor.awaitLag("the commit at 80 seen", found -> found.offsetLag().orElse(-1) == 20);
			log.commit("applier.rewind", 30);
			LinkLag rewound = monitor.awaitLag("REWIND", found -> found.status() == LagStatus.REWIND);
			assertEquals(List.of(StatusRule.REWOUND), rewound.statusRules());
			log.commit("applier.rewind", 100);
			LinkLag recovered = monitor.awaitLag("OK once caught up", found -> found.status() == LagStatus.OK);
			assertEquals(0, recovered.offsetLag().orElseThrow());
		}
	}
}
