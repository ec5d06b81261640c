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

import org.junit.jupiter.api.Test;
import org.syncscope.core.lag.CommitSample;
import org.syncscope.core.lag.GroupState;
import org.syncscope.core.lag.LagEvaluator;
import org.syncscope.core.lag.LagSettings;
import org.syncscope.core.lag.LagStatus;
import org.syncscope.core.lag.LinkInput;
import org.syncscope.core.lag.LinkLag;
import org.syncscope.core.lag.OffsetSample;
import org.syncscope.core.lag.PartitionInput;
import org.syncscope.core.lag.PartitionLag;
import org.syncscope.core.lag.Severity;
import org.syncscope.core.lag.Trend;

class LagEvaluatorTest {

	private static final long NOW = 100_000;
	private static final LagSettings SETTINGS = new LagSettings(10, 60, 30);

	private final LagEvaluator evaluator = new LagEvaluator(SETTINGS,
			Clock.fixed(Instant.ofEpochMilli(NOW), ZoneOffset.UTC));

	/**
	 * A partition whose consumer committed 100 records/s from t = 60 s to t = 90 s and whose log end grew at
	 * {@code producePerSecond} from offset 10,000 at t = 60 s; lag at the commits is constant.
	 */
	private static PartitionInput partition(int number, long committedAt90, long producePerSecond) {
		List<CommitSample> commits = List.of(new CommitSample(committedAt90 - 3000, 60_000, 100),
				new CommitSample(committedAt90 - 2000, 70_000, 100), new CommitSample(committedAt90 - 1000, 80_000, 100),
				new CommitSample(committedAt90, 90_000, 100));
		long logEnd = 10_000 + producePerSecond * 40;
		return new PartitionInput(number, logEnd, commits, List.of(new OffsetSample(10_000, 60_000)),
				OptionalLong.empty());
	}

	@Test
	void partitionFiguresComeFromItsSamples() {
		PartitionLag lag = evaluator.evaluate(partition(0, 13_000, 100));
		assertEquals(1000, lag.offsetLag());
		assertEquals(100.0, lag.consumeRate().orElseThrow(), 1e-9);
		assertEquals(100.0, lag.produceRate().orElseThrow(), 1e-9);
		assertEquals(Duration.ofSeconds(10), lag.timeLag().lag().orElseThrow());
		assertEquals(LagStatus.OK, lag.status());
	}

	@Test
	void linkSumsOffsetLagAndTakesTheWorstStatusAndLargestTimeLag() {
		PartitionInput stalled = new PartitionInput(1, 500, List.of(new CommitSample(400, 80_000, 50),
				new CommitSample(400, 90_000, 100)), List.of(new OffsetSample(300, 50_000)), OptionalLong.of(40_000));
		LinkLag link = evaluator.evaluate(new LinkInput("eu->us", GroupState.STABLE,
				List.of(partition(0, 13_000, 100), stalled), OptionalLong.empty()));
		assertEquals(LagStatus.STALLED, link.status());
		assertEquals(Severity.CRITICAL, link.severity());
		assertEquals(1100, link.offsetLag().orElseThrow());
		assertEquals(Duration.ofSeconds(60), link.timeLag().orElseThrow());
		assertEquals(2, link.partitions().size());
		assertEquals(Instant.ofEpochMilli(NOW), link.evaluatedAt());
	}

	@Test
	void thresholdsRaiseTheSeverityOfAnOkLink() {
		LinkLag calm = link(partition(0, 13_000, 100));
		assertEquals(LagStatus.OK, calm.status());
		assertEquals(Severity.WARNING, calm.severity());
		LinkLag far = link(new PartitionInput(0, 5000, List.of(new CommitSample(1000, 90_000, 4000)),
				List.of(), OptionalLong.of(30_000)));
		assertEquals(LagStatus.OK, far.status());
		assertEquals(Severity.CRITICAL, far.severity());
		LinkLag near = link(new PartitionInput(0, 5000, List.of(new CommitSample(1000, 90_000, 4000)),
				List.of(), OptionalLong.of(95_000)));
		assertEquals(Severity.OK, near.severity());
	}

	@Test
	void growingWhenProducersAreFaster() {
		LinkLag link = link(partition(0, 13_000, 150));
		assertEquals(Trend.GROWING, link.trend());
		assertTrue(link.timeToDrain().isEmpty());
	}

	@Test
	void shrinkingWithATimeToDrain() {
		LinkLag link = link(partition(0, 12_000, 75));
		assertEquals(Trend.SHRINKING, link.trend());
		assertEquals(1000, link.offsetLag().orElseThrow());
		// 1,000 records behind, drained at 100 - 75 = 25 records/s
		assertEquals(Duration.ofSeconds(40), link.timeToDrain().orElseThrow());
	}

	@Test
	void steadyWhenRatesMatchOrNothingIsBehind() {
		assertEquals(Trend.STEADY, link(partition(0, 13_000, 100)).trend());
		PartitionInput idle = new PartitionInput(0, 100, List.of(new CommitSample(100, 90_000, 0)), List.of(),
				OptionalLong.empty());
		assertEquals(Trend.STEADY, link(idle).trend());
		PartitionInput caughtUp = new PartitionInput(0, 14_000, List.of(new CommitSample(9000, 60_000, 3000),
				new CommitSample(14_000, 90_000, 0)), List.of(new OffsetSample(12_000, 60_000)), OptionalLong.empty());
		LinkLag fastConsumer = link(caughtUp);
		assertTrue(evaluator.evaluate(caughtUp).consumeRate().orElseThrow() > evaluator.evaluate(caughtUp)
				.produceRate().orElseThrow());
		assertEquals(Trend.STEADY, fastConsumer.trend());
		assertTrue(fastConsumer.timeToDrain().isEmpty());
	}

	@Test
	void unknownTrendWithoutRates() {
		PartitionInput single = new PartitionInput(0, 500, List.of(new CommitSample(100, 90_000, 400)), List.of(),
				OptionalLong.empty());
		assertEquals(Trend.UNKNOWN, link(single).trend());
	}

	@Test
	void timeLeftBeforeRetention() {
		LinkInput input = new LinkInput("l", GroupState.STABLE, List.of(partition(0, 13_000, 100)),
				OptionalLong.of(Duration.ofSeconds(25).toMillis()));
		assertEquals(Duration.ofSeconds(15), evaluator.evaluate(input).timeLeftBeforeRetention().orElseThrow());
		LinkInput expired = new LinkInput("l", GroupState.STABLE, List.of(partition(0, 13_000, 100)),
				OptionalLong.of(Duration.ofSeconds(5).toMillis()));
		assertEquals(Duration.ZERO, evaluator.evaluate(expired).timeLeftBeforeRetention().orElseThrow());
		assertTrue(link(partition(0, 13_000, 100)).timeLeftBeforeRetention().isEmpty());
	}

	@Test
	void rebalancingReportsNoFigures() {
		LinkLag link = evaluator.evaluate(new LinkInput("l", GroupState.REBALANCING,
				List.of(partition(0, 13_000, 100)), OptionalLong.of(1)));
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
		assertEquals(Severity.OK, LagSettings.DEFAULT.severityOf(Long.MAX_VALUE / 2));
	}

	private LinkLag link(PartitionInput partition) {
		return evaluator.evaluate(new LinkInput("l", GroupState.STABLE, List.of(partition), OptionalLong.empty()));
	}
}
