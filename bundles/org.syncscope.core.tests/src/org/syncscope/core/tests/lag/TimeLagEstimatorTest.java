package org.syncscope.core.tests.lag;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.List;
import java.util.OptionalLong;

import org.junit.jupiter.api.Test;
import org.syncscope.core.lag.OffsetSample;
import org.syncscope.core.lag.TimeLag;
import org.syncscope.core.lag.TimeLagEstimator;
import org.syncscope.core.lag.TimeLagSource;

class TimeLagEstimatorTest {

	/** The log end grew by 100 records per second from offset 1000 at t = 10 s to 2000 at t = 20 s. */
	private static final List<OffsetSample> HISTORY = List.of(new OffsetSample(1000, 10_000),
			new OffsetSample(1500, 15_000), new OffsetSample(2000, 20_000));

	@Test
	void usesTheCommittedRecordTimestampWhenKnown() {
		TimeLag lag = TimeLagEstimator.estimate(1200, 2000, 20_000, HISTORY, OptionalLong.of(12_500));
		assertEquals(TimeLagSource.RECORD_TIMESTAMP, lag.source());
		assertEquals(Duration.ofMillis(7_500), lag.lag().orElseThrow());
	}

	@Test
	void interpolatesBetweenBracketingSamples() {
		TimeLag lag = TimeLagEstimator.estimate(1200, 2000, 20_000, HISTORY, OptionalLong.empty());
		assertEquals(TimeLagSource.INTERPOLATED, lag.source());
		assertEquals(Duration.ofMillis(8_000), lag.lag().orElseThrow());
	}

	@Test
	void theCurrentLogEndClosesTheHistory() {
		TimeLag lag = TimeLagEstimator.estimate(2100, 2400, 24_000, HISTORY, OptionalLong.empty());
		assertEquals(TimeLagSource.INTERPOLATED, lag.source());
		assertEquals(Duration.ofMillis(3_000), lag.lag().orElseThrow());
	}

	@Test
	void extrapolatesBeforeTheOldestSample() {
		TimeLag lag = TimeLagEstimator.estimate(500, 2000, 20_000, HISTORY, OptionalLong.empty());
		assertEquals(TimeLagSource.EXTRAPOLATED, lag.source());
		assertEquals(Duration.ofMillis(15_000), lag.lag().orElseThrow());
	}

	@Test
	void caughtUpMeansZero() {
		TimeLag lag = TimeLagEstimator.estimate(2000, 2000, 99_000, HISTORY, OptionalLong.of(1));
		assertEquals(TimeLagSource.CAUGHT_UP, lag.source());
		assertEquals(Duration.ZERO, lag.lag().orElseThrow());
	}

	@Test
	void unknownWithoutHistoryOrTimestamp() {
		TimeLag lag = TimeLagEstimator.estimate(10, 2000, 20_000, List.of(), OptionalLong.empty());
		assertEquals(TimeLagSource.UNKNOWN, lag.source());
		assertTrue(lag.lag().isEmpty());
	}

	@Test
	void aFlatHistoryCannotBeExtrapolated() {
		List<OffsetSample> flat = List.of(new OffsetSample(2000, 10_000), new OffsetSample(2000, 15_000));
		TimeLag lag = TimeLagEstimator.estimate(1000, 2000, 20_000, flat, OptionalLong.empty());
		assertEquals(TimeLagSource.UNKNOWN, lag.source());
	}

	@Test
	void clockSkewNeverGivesANegativeLag() {
		TimeLag lag = TimeLagEstimator.estimate(1200, 2000, 20_000, HISTORY, OptionalLong.of(25_000));
		assertEquals(Duration.ZERO, lag.lag().orElseThrow());
	}
}
