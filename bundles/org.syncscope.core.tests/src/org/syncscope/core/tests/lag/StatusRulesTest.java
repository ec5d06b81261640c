package org.syncscope.core.tests.lag;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;
import org.syncscope.core.lag.LagSettings;
import org.syncscope.core.lag.LagStatus;
import org.syncscope.core.lag.Ownership;
import org.syncscope.core.lag.StatusRule;
import org.syncscope.core.lag.StatusRules;

/** Sample series, recorded as the poller records them, for each rule of {@link StatusRules}. */
class StatusRulesTest {

	private static final LagSettings SETTINGS = new LagSettings(LagSettings.DISABLED, LagSettings.DISABLED, 30);

	private static StatusRule rule(Polls polls, Ownership ownership, long nowMillis, LagSettings settings) {
		return StatusRules.evaluate(polls.commits(), polls.logEnds(), polls.lag(), ownership, nowMillis, settings);
	}

	private static StatusRule rule(Polls polls, Ownership ownership, long nowMillis) {
		return rule(polls, ownership, nowMillis, SETTINGS);
	}

	@Test
	void caughtUpNowIsOkWhateverCameBefore() {
		Polls polls = Polls.everySecond(0, 500_000, Polls.step(10_000, 50, 100), Polls.step(400_000, 20, 100));
		assertEquals(StatusRule.CAUGHT_UP, rule(polls, Ownership.UNOWNED, 500_000));
	}

	@Test
	void allowedLagCountsAsZero() {
		Polls polls = Polls.everySecond(0, 500_000, t -> 105, t -> 100);
		LagSettings tolerant = new LagSettings(LagSettings.DISABLED, LagSettings.DISABLED, 30, 5);
		assertEquals(StatusRule.CAUGHT_UP, rule(polls, Ownership.UNOWNED, 500_000, tolerant));
		assertEquals(StatusRule.NOT_PROGRESSING, rule(polls, Ownership.UNOWNED, 500_000));
	}

	@Test
	void neverCommittedIsStoppedOnceRecordsWaitedTheMinimum() {
		Polls polls = Polls.everySecond(0, 40_000, t -> 10, t -> -1);
		assertEquals(StatusRule.AWAITING_FIRST_COMMIT, rule(polls, Ownership.OWNED, 30_000));
		assertEquals(StatusRule.NEVER_COMMITTED, rule(polls, Ownership.OWNED, 30_001));
		assertEquals(LagStatus.STOPPED, StatusRule.NEVER_COMMITTED.status());
	}

	@Test
	void aStoppedApplierIsStoppedOnceRecordsWaitedLongerThanTheWindowSpansAndTheMinimum() {
		// commits every 5 s up to t = 50 s (span 45 s over the last ten), then none; the log end keeps moving
		Polls polls = Polls.everySecond(0, 200_000, Polls.rate(10, 1000),
				t -> Math.min(t, 50_000) / 5000 * 50 - 20);
		// 45 s of waiting equal the window's span: still judged on the commits (lag 20 at each: progressing)
		assertEquals(StatusRule.PROGRESSING, rule(polls, Ownership.UNOWNED, 95_000));
		assertEquals(StatusRule.NOT_PROGRESSING, rule(polls, Ownership.UNOWNED, 95_001));
		assertEquals(StatusRule.NOT_PROGRESSING, rule(polls, Ownership.UNOWNED, 200_000));
	}

	@Test
	void aConsumerThatHoldsThePartitionButDoesNotMoveIsStalled() {
		Polls polls = Polls.everySecond(0, 200_000, Polls.rate(10, 1000), t -> Math.min(t, 50_000) / 5000 * 50 - 20);
		assertEquals(StatusRule.HELD_WITHOUT_PROGRESS, rule(polls, Ownership.OWNED, 200_000));
		assertEquals(LagStatus.STALLED, StatusRule.HELD_WITHOUT_PROGRESS.status());
	}

	@Test
	void aSingleCommitNeedsTheMinimumWait() {
		Polls polls = Polls.everySecond(0, 40_000, t -> 110, t -> 100);
		assertEquals(StatusRule.PROGRESSING, rule(polls, Ownership.UNOWNED, 30_000));
		assertEquals(StatusRule.NOT_PROGRESSING, rule(polls, Ownership.UNOWNED, 30_001));
	}

	@Test
	void anIdleCaughtUpPartitionThatReceivesARecordIsOkUntilTheRecordHasWaited() {
		// caught up at offset 100 since t = 0; one record at t = 500 s; the applier has not committed it yet
		Polls polls = Polls.everySecond(0, 520_000, Polls.step(500_000, 100, 101), t -> 100);
		assertEquals(StatusRule.CAUGHT_UP_IN_WINDOW, rule(polls, Ownership.OWNED, 520_000));
		assertEquals(StatusRule.CAUGHT_UP_IN_WINDOW, rule(polls, Ownership.UNOWNED, 530_000));
		assertEquals(StatusRule.HELD_WITHOUT_PROGRESS, rule(polls, Ownership.OWNED, 530_001));
		assertEquals(StatusRule.NOT_PROGRESSING, rule(polls, Ownership.UNOWNED, 530_001));
	}

	@Test
	void aQuietTopicIsNotAStoppedConsumer() {
		Polls polls = Polls.everySecond(0, 900_000, t -> 100, t -> 100);
		assertEquals(StatusRule.CAUGHT_UP, rule(polls, Ownership.UNOWNED, 900_000));
	}

	@Test
	void stoppedWinsOverAZeroLagLongAgo() {
		// caught up at every commit until t = 60 s, then gone while records keep coming (Burrow's later revision)
		Polls polls = Polls.everySecond(0, 300_000, Polls.rate(10, 1000), t -> Math.min(t, 60_000) / 1000 * 10);
		assertEquals(StatusRule.NOT_PROGRESSING, rule(polls, Ownership.UNOWNED, 300_000));
	}

	@Test
	void lagThatGrowsAtEveryCommitIsAWarning() {
		// the consumer commits every 2 s but falls 10 events further behind each time
		Polls polls = Polls.everySecond(0, 40_000, Polls.rate(20, 1000), t -> t / 2000 * 30);
		assertEquals(StatusRule.LAG_GROWING, rule(polls, Ownership.OWNED, 40_000));
	}

	@Test
	void progressingWhenTheLagDoesNotGrowAtEveryCommit() {
		Polls polls = Polls.everySecond(0, 40_000, Polls.rate(20, 1000),
				t -> t / 2000 * 40 - (t / 2000 % 2 == 0 ? 5 : 15));
		assertEquals(StatusRule.PROGRESSING, rule(polls, Ownership.OWNED, 40_000));
	}

	@Test
	void rewindWhileBehind() {
		Polls polls = new Polls().poll(0, 100, 200).poll(1000, 150, 200).poll(2000, 50, 210).poll(3000, 60, 210);
		assertEquals(StatusRule.REWOUND, rule(polls, Ownership.OWNED, 3000));
	}

	@Test
	void aRecoveredRewindIsOk() {
		Polls caughtUpSince = new Polls().poll(0, 100, 200).poll(1000, 50, 200).poll(2000, 200, 200)
				.poll(3000, 200, 210);
		assertEquals(StatusRule.CAUGHT_UP_IN_WINDOW, rule(caughtUpSince, Ownership.OWNED, 3000));
		Polls caughtUpNow = new Polls().poll(0, 100, 200).poll(1000, 50, 200).poll(2000, 200, 200);
		assertEquals(StatusRule.CAUGHT_UP, rule(caughtUpNow, Ownership.OWNED, 2000));
	}

	@Test
	void onlyTheLastTenCommitsAreJudged() {
		Polls polls = new Polls().poll(0, 100, 200).poll(1000, 50, 200);
		for (int i = 1; i <= 10; i++) {
			polls.poll(1000 + i * 1000L, 50 + i, 200 + i * 2);
		}
		// the rewind from 100 to 50 is the eleventh commit from the end: out of the window
		assertEquals(StatusRule.LAG_GROWING, rule(polls, Ownership.OWNED, 11_000));
	}
}
