package org.syncscope.core.tests.conflict;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.syncscope.core.tests.Events.upsert;
import static org.syncscope.core.tests.Events.vv;

import java.time.Clock;

import org.junit.jupiter.api.Test;
import org.syncscope.core.conflict.ConflictDetector;
import org.syncscope.core.conflict.ConflictListener;
import org.syncscope.core.conflict.DetectorConfig;
import org.syncscope.core.conflict.KeyTable;
import org.syncscope.core.conflict.Outcome;
import org.syncscope.core.event.ChangeEvent;

/** Detectors sharing one {@link KeyTable}: one entry per key, eviction and pins across all of them. */
class KeyTableTest {

	private static final DetectorConfig CONFIG = new DetectorConfig(1_000, 8);

	private final KeyTable keys = new KeyTable(2);
	private final ConflictDetector first = detector("first");
	private final ConflictDetector second = detector("second");

	@Test
	void aKeyHasOneEntryAndOneStringForAllDetectors() {
		ChangeEvent event = upsert("k", "eu", vv("eu", 1), "{}", 1);
		int entry = keys.acquire(event.key());
		assertEquals(Outcome.NEW_KEY, first.observe(event, entry));
		assertEquals(Outcome.NEW_KEY, second.observe(event, entry));
		String again = new String("k");
		assertEquals(entry, keys.acquire(again));
		assertSame(keys.key(entry), keys.key(keys.acquire("k")));
		assertEquals(1, keys.size());
		assertEquals(1, first.stats().trackedKeys());
		assertEquals(1, second.stats().trackedKeys());
		assertEquals(Outcome.DUPLICATE, first.observe(event, keys.acquire(again)));
	}

	@Test
	void anEvictedKeyIsForgottenByEveryDetector() {
		observeBoth(upsert("a", "eu", vv("eu", 2), "{}", 1));
		observeBoth(upsert("b", "eu", vv("eu", 1), "{}", 1));
		observeBoth(upsert("c", "eu", vv("eu", 1), "{}", 1));
		assertEquals(2, keys.size());
		assertEquals(1, first.stats().evictedKeys());
		assertEquals(1, second.stats().evictedKeys());
		ChangeEvent stale = upsert("a", "eu", vv("eu", 1), "{}", 1);
		int entry = keys.acquire(stale.key());
		assertEquals(Outcome.NEW_KEY, first.observe(stale, entry));
		assertEquals(Outcome.NEW_KEY, second.observe(stale, entry));
	}

	@Test
	void aDetectorThatNeverSawAKeyLosesNothingWhenItIsEvicted() {
		ChangeEvent a = upsert("a", "eu", vv("eu", 1), "{}", 1);
		first.observe(a, keys.acquire(a.key()));
		observeBoth(upsert("b", "eu", vv("eu", 1), "{}", 1));
		observeBoth(upsert("c", "eu", vv("eu", 1), "{}", 1));
		assertEquals(1, first.stats().evictedKeys());
		assertEquals(0, second.stats().evictedKeys());
		assertEquals(2, second.stats().trackedKeys());
	}

	@Test
	void aConflictInOneDetectorPinsTheKeyForAll() {
		ChangeEvent eu = upsert("x", "eu", vv("eu", 1), "{\"v\":1}", 1);
		ChangeEvent us = upsert("x", "us", vv("us", 1), "{\"v\":2}", 1);
		int x = keys.acquire("x");
		first.observe(eu, x);
		second.observe(eu, x);
		assertEquals(Outcome.CONFLICT_OPENED, first.observe(us, keys.acquire("x")));
		for (int i = 0; i < 10; i++) {
			observeBoth(upsert("k" + i, "eu", vv("eu", 1), "{}", 1));
		}
		assertEquals(x, keys.acquire("x"));
		assertEquals(Outcome.DUPLICATE, second.observe(eu, x));
		assertEquals(9, second.stats().evictedKeys());
	}

	@Test
	void aClosedConflictNoLongerPinsItsKey() {
		int x = keys.acquire("x");
		first.observe(upsert("x", "eu", vv("eu", 1), "{\"v\":1}", 1), x);
		first.observe(upsert("x", "us", vv("us", 1), "{\"v\":2}", 1), keys.acquire("x"));
		ChangeEvent merged = upsert("x", "eu", vv("eu", 2, "us", 1), "{\"v\":3}", 2);
		assertEquals(Outcome.CONFLICT_CLOSED, first.observe(merged, keys.acquire("x")));
		observeBoth(upsert("y", "eu", vv("eu", 1), "{}", 1));
		observeBoth(upsert("z", "eu", vv("eu", 1), "{}", 1));
		observeBoth(upsert("w", "eu", vv("eu", 1), "{}", 1));
		assertNotEquals(-1, keys.acquire("w"));
		assertEquals(Outcome.NEW_KEY, first.observe(merged, keys.acquire("x")));
	}

	@Test
	void whenEveryKeyIsPinnedANewKeyIsUntrackedEverywhere() {
		for (String key : new String[] { "x", "y" }) {
			int entry = keys.acquire(key);
			first.observe(upsert(key, "eu", vv("eu", 1), "{\"v\":1}", 1), entry);
			first.observe(upsert(key, "us", vv("us", 1), "{\"v\":2}", 1), entry);
		}
		ChangeEvent w = upsert("w", "eu", vv("eu", 1), "{}", 1);
		int entry = keys.acquire(w.key());
		assertEquals(-1, entry);
		assertEquals(Outcome.UNTRACKED, first.observe(w, entry));
		assertEquals(Outcome.UNTRACKED, second.observe(w, entry));
		assertEquals(1, second.stats().untrackedEvents());
	}

	private void observeBoth(ChangeEvent event) {
		int entry = keys.acquire(event.key());
		first.observe(event, entry);
		second.observe(event, entry);
	}

	private ConflictDetector detector(String link) {
		return new ConflictDetector(link, CONFIG, Clock.systemUTC(), ConflictListener.NONE, keys);
	}
}
