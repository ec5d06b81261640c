package org.syncscope.core.tests.lag;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.OptionalLong;
import java.util.function.LongUnaryOperator;

import org.junit.jupiter.api.Test;
import org.syncscope.core.lag.GroupState;
import org.syncscope.core.lag.LagEvaluator;
import org.syncscope.core.lag.LagSettings;
import org.syncscope.core.lag.LagStatus;
import org.syncscope.core.lag.LinkInput;
import org.syncscope.core.lag.LinkLag;
import org.syncscope.core.lag.Ownership;
import org.syncscope.core.lag.PartitionInput;
import org.syncscope.core.lag.PartitionLag;
import org.syncscope.core.lag.Severity;
import org.syncscope.core.lag.StatusRule;
import org.syncscope.core.lag.TimeLagSource;
import org.syncscope.core.lag.Trend;

class LagEvaluatorTest {

	private static final long NOW = 100_000;
	private static final LagSettings SETTINGS = new LagSettings(10, 60, 30);

	private final LagEvaluator evaluator = new LagEvaluator(SETTINGS,
			Clock.fixed(Instant.ofEpochMilli(NOW), ZoneOffset.UTC));

	/** Polls every second from t = 0 to now of a partition whose log end and committed offset move as given. */
	private static PartitionInput partition(int number, LongUnaryOperator logEnd, LongUnaryOperator committed,
			OptionalLong committedRecordTimestamp) {
		return Polls.everySecond(0, NOW, logEnd, committed).input(number, committedRecordTimestamp, Ownership.OWNED);
	}

	/** Written at 100 events/s from offset 10,000; the consumer keeps 1,000 behind, committing every 5 s. */
	private static PartitionInput steady(int number, OptionalLong committedRecordTimestamp) {
		LongUnaryOperator logEnd = t -> 10_000 + 100 * (t / 1000);
		return partition(number, logEnd, t -> logEnd.applyAsLong(t / 5000 * 5000) - 1000, committedRecordTimestamp);
	}

	@Test
	void partitionFiguresComeFromItsSamples() {
		PartitionLag lag = evaluator.evaluate(steady(0, OptionalLong.of(NOW - 10_000)));
		assertEquals(19_000, lag.committedOffset());
		assertEquals(20_000, lag.logEndOffset());
		assertEquals(1000, lag.offsetLag());
		assertEquals(Duration.ofSeconds(10), lag.timeLag().lag().orElseThrow());
		assertEquals(TimeLagSource.RECORD_TIMESTAMP, lag.timeLag().source());
		assertEquals(NOW, lag.lastCommitMillis().orElseThrow());
		assertEquals(StatusRule.PROGRESSING, lag.rule());
		assertEquals(LagStatus.OK, lag.status());
	}

	@Test
	void linkSumsOffsetLagAndTakesTheWorstStatusAndLargestTimeLag() {
		PartitionInput stalled = partition(1, t -> 500, t -> 400, OptionalLong.of(NOW - 60_000));
		LinkLag link = evaluator.evaluate(new LinkInput("eu->us", GroupState.STABLE,
				List.of(steady(0, OptionalLong.of(NOW - 10_000)), stalled), OptionalLong.empty()));
		assertEquals(LagStatus.STALLED, link.status());
		assertEquals(List.of(StatusRule.HELD_WITHOUT_PROGRESS), link.statusRules());
		assertEquals(Severity.CRITICAL, link.severity());
		assertEquals(1100, link.offsetLag().orElseThrow());
		assertEquals(Duration.ofSeconds(60), link.timeLag().orElseThrow());
		assertEquals(2, link.partitions().size());
		assertEquals(Instant.ofEpochMilli(NOW), link.evaluatedAt());
	}

	@Test
	void theLinksTimeLagSourceIsThatOfItsLargestFigure() {
		PartitionInput interpolated = partition(1, t -> 10_000 + 10 * (t / 1000), t -> 10_400, OptionalLong.empty());
		LinkLag link = link(steady(0, OptionalLong.of(NOW - 10_000)), interpolated);
		// offset 10,400 was the log end at t = 40 s: 60 s ago
		assertEquals(Duration.ofSeconds(60), link.timeLag().orElseThrow());
		assertEquals(TimeLagSource.INTERPOLATED, link.timeLagSource());
		assertTrue(link.timeLagSource().estimate());
		assertEquals(TimeLagSource.RECORD_TIMESTAMP, link(steady(0, OptionalLong.of(NOW - 10_000))).timeLagSource());
	}

	@Test
	void thresholdsRaiseTheSeverityOfAnOkLink() {
		LinkLag calm = link(steady(0, OptionalLong.of(NOW - 10_000)));
		assertEquals(LagStatus.OK, calm.status());
		assertEquals(Severity.WARNING, calm.severity());
		LinkLag far = link(steady(0, OptionalLong.of(NOW - 70_000)));
		assertEquals(LagStatus.OK, far.status());
		assertEquals(Severity.CRITICAL, far.severity());
		LinkLag near = link(steady(0, OptionalLong.of(NOW - 5_000)));
		assertEquals(Severity.OK, near.severity());
	}

	@Test
	void growingWhenProducersAreFaster() {
		LinkLag link = link(partition(0, t -> 150 * (t / 1000), t -> 100 * (t / 1000), OptionalLong.empty()));
		assertEquals(Trend.GROWING, link.trend());
		assertTrue(link.timeToDrain().isEmpty());
	}

	@Test
	void shrinkingWithATimeToDrain() {
		LinkLag link = link(partition(0, t -> 10_000 + 75 * (t / 1000), t -> 6_500 + 100 * (t / 1000),
				OptionalLong.empty()));
		assertEquals(Trend.SHRINKING, link.trend());
		assertEquals(1000, link.offsetLag().orElseThrow());
		// 1,000 records behind, drained at 100 - 75 = 25 records/s
		assertEquals(Duration.ofSeconds(40), link.timeToDrain().orElseThrow());
	}

	@Test
	void steadyWhenTheLagHoldsEvenWithPeriodicCommits() {
		assertEquals(Trend.STEADY, link(steady(0, OptionalLong.empty())).trend());
	}

	@Test
	void aFlatLagAfterABurstIsSteady() {
		// 10,000 events written in the first 10 s, nothing since; the applier stopped at 2,000
		LinkLag link = link(partition(0, t -> Math.min(t, 10_000), t -> 2000, OptionalLong.empty()));
		assertEquals(8000, link.offsetLag().orElseThrow());
		assertEquals(Trend.STEADY, link.trend());
	}

	@Test
	void steadyWhenNothingIsBehind() {
		assertEquals(Trend.STEADY, link(partition(0, t -> 100, t -> 100, OptionalLong.empty())).trend());
		LinkLag drained = link(partition(0, t -> 14_000, t -> Math.min(14_000, 9000 + 100 * (t / 1000)),
				OptionalLong.empty()));
		assertEquals(Trend.STEADY, drained.trend());
		assertTrue(drained.timeToDrain().isEmpty());
	}

	@Test
	void unknownTrendWithoutHistory() {
		PartitionInput single = new Polls().poll(NOW, 100, 500).input(0, OptionalLong.empty(), Ownership.OWNED);
		assertEquals(Trend.UNKNOWN, link(single).trend());
	}

	@Test
	void timeLeftBeforeRetention() {
		PartitionInput partition = steady(0, OptionalLong.of(NOW - 10_000));
		LinkInput input = new LinkInput("l", GroupState.STABLE, List.of(partition),
				OptionalLong.of(Duration.ofSeconds(25).toMillis()));
		assertEquals(Duration.ofSeconds(15), evaluator.evaluate(input).timeLeftBeforeRetention().orElseThrow());
		LinkInput expired = new LinkInput("l", GroupState.STABLE, List.of(partition),
				OptionalLong.of(Duration.ofSeconds(5).toMillis()));
		assertEquals(Duration.ZERO, evaluator.evaluate(expired).timeLeftBeforeRetention().orElseThrow());
		assertTrue(link(partition).timeLeftBeforeRetention().isEmpty());
	}

	@Test
	void rebalancingReportsNoFigures() {
		LinkLag link = evaluator.evaluate(new LinkInput("l", GroupState.REBALANCING,
				List.of(steady(0, OptionalLong.empty())), OptionalLong.of(1)));
		assertEquals(LagStatus.REBALANCING, link.status());
		assertEquals(Severity.UNKNOWN, link.severity());
		assertTrue(link.offsetLag().isEmpty());
		assertTrue(link.timeLag().isEmpty());
		assertTrue(link.partitions().isEmpty());
	}

	@Test
	void unreachableIsError() {
		LinkLag link = evaluator.evaluate(new LinkInput("l", GroupState.UNREACHABLE, List.of(), OptionalLong.empty()));
		assertEquals(LagStatus.ERROR, link.status());
		assertEquals(Severity.CRITICAL, link.severity());
		assertTrue(link.offsetLag().isEmpty());
	}

	@Test
	void settingsAreValidated() {
		assertThrows(IllegalArgumentException.class, () -> new LagSettings(60, 10, 30));
		assertThrows(IllegalArgumentException.class, () -> new LagSettings(-1, 10, 30));
		assertThrows(IllegalArgumentException.class, () -> new LagSettings(10, 60, 30, -1));
		assertEquals(Severity.OK, LagSettings.DEFAULT.severityOf(Long.MAX_VALUE / 2));
	}

	private LinkLag link(PartitionInput... partitions) {
		return evaluator.evaluate(new LinkInput("l", GroupState.STABLE, List.of(partitions), OptionalLong.empty()));
	}
}
