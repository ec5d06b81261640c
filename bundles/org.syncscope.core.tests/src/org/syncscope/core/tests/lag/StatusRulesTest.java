package org.syncscope.core.tests.lag;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.syncscope.core.lag.CommitSample;
import org.syncscope.core.lag.LagSettings;
import org.syncscope.core.lag.LagStatus;
import org.syncscope.core.lag.StatusRules;

/** One sample series per rule of {@link StatusRules}, each the smallest that produces its status. */
class StatusRulesTest {

	private static final LagSettings SETTINGS = new LagSettings(LagSettings.DISABLED, LagSettings.DISABLED, 30);

	/** Commits every 10 s from t = 0 s with the given offsets and lags. */
	private static List<CommitSample> series(long[] offsets, long[] lags) {
		List<CommitSample> samples = new ArrayList<>();
		for (int i = 0; i < offsets.length; i++) {
			samples.add(new CommitSample(offsets[i], i * 10_000L, lags[i]));
		}
		return samples;
	}

	@Test
	void okWhenProgressingWithoutGrowth() {
		List<CommitSample> commits = series(new long[] { 100, 200, 300, 400 }, new long[] { 50, 70, 60, 55 });
		assertEquals(LagStatus.OK, StatusRules.evaluate(commits, 55, 31_000, SETTINGS));
	}

	@Test
	void okWhenLagWasZeroWithinTheWindow() {
		List<CommitSample> commits = series(new long[] { 100, 200, 300, 400 }, new long[] { 0, 10, 20, 30 });
		assertEquals(LagStatus.OK, StatusRules.evaluate(commits, 30, 31_000, SETTINGS));
	}

	@Test
	void warningWhenLagGrowsAtEveryCommit() {
		List<CommitSample> commits = series(new long[] { 100, 200, 300, 400 }, new long[] { 10, 20, 30, 40 });
		assertEquals(LagStatus.WARNING, StatusRules.evaluate(commits, 40, 31_000, SETTINGS));
	}

	@Test
	void stalledWhenTheOffsetDoesNotMove() {
		List<CommitSample> commits = series(new long[] { 100, 100, 100, 100 }, new long[] { 5, 8, 12, 20 });
		assertEquals(LagStatus.STALLED, StatusRules.evaluate(commits, 20, 31_000, SETTINGS));
	}

	@Test
	void stoppedWhenCommitsCeaseForLongerThanTheWindowSpans() {
		// the window spans 40 s (more than the 30 s minimum), so 40 s of silence is still tolerated
		List<CommitSample> commits = series(new long[] { 100, 200, 300, 400, 500 },
				new long[] { 10, 10, 10, 10, 10 });
		assertEquals(LagStatus.OK, StatusRules.evaluate(commits, 10, 80_000, SETTINGS));
		assertEquals(LagStatus.STOPPED, StatusRules.evaluate(commits, 10, 80_001, SETTINGS));
	}

	@Test
	void aSingleCommitIsStoppedOnlyAfterTheMinimumSilence() {
		List<CommitSample> commits = series(new long[] { 100 }, new long[] { 10 });
		assertEquals(LagStatus.OK, StatusRules.evaluate(commits, 10, 30_000, SETTINGS));
		assertEquals(LagStatus.STOPPED, StatusRules.evaluate(commits, 10, 30_001, SETTINGS));
	}

	@Test
	void noCommitsAtAllIsStoppedOnlyWithLag() {
		assertEquals(LagStatus.STOPPED, StatusRules.evaluate(List.of(), 10, 0, SETTINGS));
		assertEquals(LagStatus.OK, StatusRules.evaluate(List.of(), 0, 0, SETTINGS));
	}

	@Test
	void rewindWhenTheOffsetGoesBack() {
		List<CommitSample> commits = series(new long[] { 100, 200, 50, 150 }, new long[] { 10, 10, 160, 60 });
		assertEquals(LagStatus.REWIND, StatusRules.evaluate(commits, 60, 31_000, SETTINGS));
	}

	@Test
	void caughtUpNowIsOkEvenAfterSilence() {
		List<CommitSample> commits = series(new long[] { 100, 100, 100 }, new long[] { 5, 5, 5 });
		assertEquals(LagStatus.OK, StatusRules.evaluate(commits, 0, 500_000, SETTINGS));
	}
}
