package org.syncscope.core.tests.conflict;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.syncscope.core.tests.Events.upsert;
import static org.syncscope.core.tests.Events.vv;

import java.time.Clock;

import org.junit.jupiter.api.Test;
import org.syncscope.core.conflict.ConflictDetector;
import org.syncscope.core.conflict.ConflictListener;
import org.syncscope.core.conflict.DetectorConfig;
import org.syncscope.core.conflict.Outcome;

class DetectorEvictionTest {

	private final ConflictDetector detector = new ConflictDetector("l", new DetectorConfig(3, 8), Clock.systemUTC(),
			ConflictListener.NONE);

	@Test
	void staysWithinTheKeyLimitAndCountsEvictions() {
		for (int i = 0; i < 10; i++) {
			detector.observe(upsert("k" + i, "eu", vv("eu", 1), "{}", 1));
		}
		assertEquals(3, detector.stats().trackedKeys());
		assertEquals(7, detector.stats().evictedKeys());
	}

	@Test
	void anEvictedKeyCannotBeCheckedAnyMore() {
		detector.observe(upsert("old", "eu", vv("eu", 2), "{}", 1));
		for (int i = 0; i < 3; i++) {
			detector.observe(upsert("k" + i, "eu", vv("eu", 1), "{}", 1));
		}
		assertEquals(Outcome.NEW_KEY, detector.observe(upsert("old", "us", vv("us", 1), "{\"x\":1}", 1)));
		assertEquals(0, detector.stats().conflictsOpened());
	}

	@Test
	void recentlySeenKeysSurviveEviction() {
		detector.observe(upsert("a", "eu", vv("eu", 1), "{}", 1));
		detector.observe(upsert("b", "eu", vv("eu", 1), "{}", 1));
		detector.observe(upsert("c", "eu", vv("eu", 1), "{}", 1));
		// the first insertion clears every reference bit and evicts "a"; "b" is then seen again
		detector.observe(upsert("d", "eu", vv("eu", 1), "{}", 1));
		detector.observe(upsert("b", "eu", vv("eu", 2), "{}", 2));
		detector.observe(upsert("e", "eu", vv("eu", 1), "{}", 1));
		assertEquals(Outcome.DUPLICATE, detector.observe(upsert("b", "eu", vv("eu", 2), "{}", 2)));
		assertEquals(Outcome.NEW_KEY, detector.observe(upsert("c", "eu", vv("eu", 1), "{}", 1)));
	}

	@Test
	void keysInConflictAreNeverEvicted() {
		for (String key : new String[] { "x", "y" }) {
			detector.observe(upsert(key, "eu", vv("eu", 1), "{\"v\":1}", 1));
			detector.observe(upsert(key, "us", vv("us", 1), "{\"v\":2}", 1));
		}
		for (int i = 0; i < 20; i++) {
			detector.observe(upsert("k" + i, "eu", vv("eu", 1), "{}", 1));
		}
		assertEquals(2, detector.stats().openConflicts());
		assertEquals(Outcome.DUPLICATE, detector.observe(upsert("x", "us", vv("us", 1), "{\"v\":2}", 1)));
		assertEquals(Outcome.DUPLICATE, detector.observe(upsert("y", "eu", vv("eu", 1), "{\"v\":1}", 1)));
	}

	@Test
	void whenEveryKeyIsInConflictNewKeysAreUntracked() {
		for (String key : new String[] { "x", "y", "z" }) {
			detector.observe(upsert(key, "eu", vv("eu", 1), "{\"v\":1}", 1));
			detector.observe(upsert(key, "us", vv("us", 1), "{\"v\":2}", 1));
		}
		assertEquals(Outcome.UNTRACKED, detector.observe(upsert("w", "eu", vv("eu", 1), "{}", 1)));
		assertEquals(1, detector.stats().untrackedEvents());
		assertEquals(3, detector.stats().trackedKeys());
	}

	@Test
	void rejectsImpossibleLimits() {
		assertThrows(IllegalArgumentException.class, () -> new DetectorConfig(0, 3));
		assertThrows(IllegalArgumentException.class, () -> new DetectorConfig(10, 0));
		assertThrows(IllegalArgumentException.class, () -> new DetectorConfig(10, 40000));
		assertThrows(IllegalArgumentException.class, () -> new DetectorConfig(Integer.MAX_VALUE / 4, 3));
	}
}
