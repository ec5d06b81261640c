package org.syncscope.core.tests.rate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.syncscope.core.rate.Rate;
import org.syncscope.core.rate.RateMeter;
import org.syncscope.core.rate.ThroughputMeters;

class RateMeterTest {

	/** A window of four complete one-second slots. */
	private final RateMeter meter = new RateMeter(5, 1000);

	@Test
	void zeroBeforeTheFirstSlotCompletes() {
		assertEquals(Rate.ZERO, meter.rate(0));
		meter.record(100, 10);
		assertEquals(Rate.ZERO, meter.rate(999));
	}

	@Test
	void averagesOverCompleteSlotsSinceTheFirstEvent() {
		for (int i = 0; i < 10; i++) {
			meter.record(i * 100, 50);
		}
		for (int i = 0; i < 20; i++) {
			meter.record(1000 + i * 50, 10);
		}
		assertEquals(new Rate(10, 500), meter.rate(1500));
		assertEquals(new Rate(15, 350), meter.rate(2500));
	}

	@Test
	void leavesOutTheSlotInProgressAndSlidesTheWindow() {
		for (long second = 0; second < 10; second++) {
			for (int i = 0; i < second; i++) {
				meter.record(second * 1000 + i, 1);
			}
		}
		// complete slots 5..8 hold 5 + 6 + 7 + 8 events; slot 9 is in progress
		assertEquals(26 / 4.0, meter.rate(9500).eventsPerSecond());
		assertEquals(17 / 4.0, meter.rate(12_000).eventsPerSecond());
		assertEquals(0.0, meter.rate(60_000).eventsPerSecond());
	}

	@Test
	void aBatchCountsAsItsEventsOneByOne() {
		RateMeter oneByOne = new RateMeter(5, 1000);
		for (int i = 0; i < 7; i++) {
			oneByOne.record(1200, 40 + i);
		}
		meter.record(1200, 7, 7 * 40 + 21);
		meter.record(2500, 3, 30);
		oneByOne.record(2500, 10);
		oneByOne.record(2500, 10);
		oneByOne.record(2500, 10);
		assertEquals(oneByOne.rate(3100), meter.rate(3100));
		assertEquals(new Rate(5, 165.5), meter.rate(3100));
	}

	@Test
	void ignoresEventsOlderThanTheWindow() {
		meter.record(10_000, 1);
		meter.record(1_000, 1000);
		assertEquals(1 / 4.0, meter.rate(14_000).eventsPerSecond());
		assertEquals(0.25, meter.rate(14_000).bytesPerSecond());
	}

	@Test
	void rejectsDegenerateWindows() {
		assertThrows(IllegalArgumentException.class, () -> new RateMeter(1, 1000));
		assertThrows(IllegalArgumentException.class, () -> new RateMeter(5, 0));
	}

	@Test
	void throughputIsMeteredPerLinkAndPerReplica() {
		ThroughputMeters meters = new ThroughputMeters(() -> new RateMeter(3, 1000));
		for (int i = 0; i < 40; i++) {
			meters.record(i % 4 == 0 ? "us" : "eu", 100, i * 50);
		}
		ThroughputMeters.Snapshot snapshot = meters.snapshot(2000);
		assertEquals(new Rate(20, 2000), snapshot.link());
		assertEquals(new Rate(15, 1500), snapshot.replicas().get("eu"));
		assertEquals(new Rate(5, 500), snapshot.replicas().get("us"));
		assertEquals(List.of("eu", "us"), List.copyOf(snapshot.replicas().keySet()));
	}
}
