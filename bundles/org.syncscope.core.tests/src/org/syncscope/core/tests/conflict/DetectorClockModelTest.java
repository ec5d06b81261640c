package org.syncscope.core.tests.conflict;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Clock;
import java.util.HashMap;
import java.util.Map;
import java.util.Random;
import java.util.stream.LongStream;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.syncscope.core.conflict.ConflictDetector;
import org.syncscope.core.conflict.ConflictListener;
import org.syncscope.core.conflict.DetectorConfig;
import org.syncscope.core.conflict.Outcome;
import org.syncscope.core.event.ChangeEvent;
import org.syncscope.core.tests.Events;

/**
 * Churns a small detector with many more keys than it may track and checks every answer against a model of
 * the documented CLOCK (second chance) eviction. Each key always sends the same event, so the detector must
 * say DUPLICATE exactly when the model still tracks the key: a key lost by the hash index after an eviction
 * (or kept too long) shows up as a disagreement.
 */
class DetectorClockModelTest {

	static LongStream seeds() {
		return LongStream.range(0, 10);
	}

	@ParameterizedTest
	@MethodSource("seeds")
	void evictsExactlyAsTheClockModelSays(long seed) {
		Random random = new Random(seed);
		int capacity = 16 + random.nextInt(100);
		ConflictDetector detector = new ConflictDetector("l", new DetectorConfig(capacity, 4), Clock.systemUTC(),
				ConflictListener.NONE);
		ClockModel model = new ClockModel(capacity);
		ChangeEvent[] events = new ChangeEvent[capacity * 4];
		for (int i = 0; i < events.length; i++) {
			events[i] = Events.upsert("key-" + i, "eu", Events.vv("eu", 1), "{}", 1);
		}
		for (int step = 0; step < 20_000; step++) {
			int key = random.nextInt(4) == 0 ? random.nextInt(events.length) : random.nextInt(capacity);
			Outcome expected = model.observe(events[key].key()) ? Outcome.DUPLICATE : Outcome.NEW_KEY;
			assertEquals(expected, detector.observe(events[key]), "step " + step);
		}
		assertEquals(capacity, detector.stats().trackedKeys());
		assertEquals(model.evictions, detector.stats().evictedKeys());
	}

	/** Second-chance eviction over entries allocated in order, the hand starting at the first. */
	private static final class ClockModel {

		private final String[] keys;
		private final boolean[] referenced;
		private final Map<String, Integer> entries = new HashMap<>();
		private int size;
		private int hand;
		private long evictions;

		ClockModel(int capacity) {
			keys = new String[capacity];
			referenced = new boolean[capacity];
		}

		/** Records a sighting of {@code key}; whether it was tracked already. */
		boolean observe(String key) {
			Integer entry = entries.get(key);
			if (entry != null) {
				referenced[entry] = true;
				return true;
			}
			int free;
			if (size < keys.length) {
				free = size++;
			} else {
				while (referenced[hand]) {
					referenced[hand] = false;
					hand = (hand + 1) % size;
				}
				free = hand;
				hand = (hand + 1) % size;
				entries.remove(keys[free]);
				evictions++;
			}
			keys[free] = key;
			referenced[free] = true;
			entries.put(key, free);
			return false;
		}
	}
}
