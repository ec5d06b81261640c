package org.syncscope.ui.tests;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.syncscope.ui.dashboard.ChartReads;
import org.syncscope.ui.dashboard.TimeRange;

class ChartReadsTest {

	private static final long NOW = 1_800_000_000_000L;
	private static final long HOUR = Duration.ofHours(1).toMillis();

	private final ChartReads reads = new ChartReads();

	@Test
	void aPastRangeIsReadOnceWhileNothingElseChanges() {
		ChartReads.Request yesterday = request(new TimeRange(NOW - 25 * HOUR, NOW - 24 * HOUR), List.of("a"), 600);
		assertTrue(reads.needed(yesterday, NOW));
		reads.read(yesterday);
		assertFalse(reads.needed(yesterday, NOW + 1_000));
		assertTrue(reads.needed(request(yesterday.range(), List.of("a", "b"), 600), NOW), "other links");
		assertTrue(reads.needed(request(yesterday.range(), List.of("a"), 1_200), NOW), "a wider plot");
		assertTrue(reads.needed(request(new TimeRange(NOW - 26 * HOUR, NOW - 24 * HOUR), List.of("a"), 600), NOW),
				"another range");
	}

	@Test
	void aRangeReachingIntoTheRecentPastIsReadEveryTime() {
		ChartReads.Request lastHour = request(TimeRange.ending(NOW, Duration.ofHours(1)), List.of("a"), 600);
		reads.read(lastHour);
		assertTrue(reads.needed(lastHour, NOW));
		ChartReads.Request endedAMinuteAgo = request(new TimeRange(NOW - HOUR, NOW - 60_000), List.of("a"), 600);
		reads.read(endedAMinuteAgo);
		assertTrue(reads.needed(endedAMinuteAgo, NOW), "roll-ups of the last minutes may still be written");
	}

	@Test
	void aRangeIsReadAgainUntilOneReadSucceeded() {
		ChartReads.Request yesterday = request(new TimeRange(NOW - 25 * HOUR, NOW - 24 * HOUR), List.of("a"), 600);
		assertTrue(reads.needed(yesterday, NOW));
		assertTrue(reads.needed(yesterday, NOW + 1_000), "nothing was read yet");
	}

	private static ChartReads.Request request(TimeRange range, List<String> links, int maxPoints) {
		return new ChartReads.Request(range, links, maxPoints);
	}
}
