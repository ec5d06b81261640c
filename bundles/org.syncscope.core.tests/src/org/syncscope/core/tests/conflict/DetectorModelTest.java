package org.syncscope.core.tests.conflict;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

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
import org.syncscope.core.conflict.DetectorStats;
import org.syncscope.core.conflict.Outcome;
import org.syncscope.core.event.ChangeEvent;
import org.syncscope.core.tests.Events;
import org.syncscope.core.vv.Causality;
import org.syncscope.core.vv.VersionVector;

/**
 * Compares the compact detector with a naive model (a map of key to vector) on random streams over many keys,
 * with growth of the tables and late replicas: as long as nothing is evicted and no conflict is open, both
 * must classify every event alike. Conflicts are closed at once by a merging event, as a resolver would.
 */
class DetectorModelTest {

	private static final String[] REPLICAS = { "r0", "r1", "r2", "r3", "r4" };

	static LongStream seeds() {
		return LongStream.range(0, 20);
	}

	@ParameterizedTest
	@MethodSource("seeds")
	void agreesWithANaiveModel(long seed) {
		Random random = new Random(seed);
		ConflictDetector detector = new ConflictDetector("l", new DetectorConfig(100_000, 8), Clock.systemUTC(),
				ConflictListener.NONE);
		Map<String, VersionVector> model = new HashMap<>();
		int keys = 5000 + random.nextInt(5000);
		for (int i = 0; i < 40_000; i++) {
			String key = "key-" + random.nextInt(keys);
			VersionVector stored = model.getOrDefault(key, VersionVector.empty());
			String origin = REPLICAS[random.nextInt(2 + i / 10_000)];
			VersionVector base = random.nextInt(10) == 0 ? VersionVector.empty() : stored;
			VersionVector next = random.nextInt(20) == 0 ? stored : base.increment(origin);
			ChangeEvent event = Events.upsert(key, origin, next.counter(origin) == 0 ? next.increment(origin) : next,
					"{\"i\":" + i + "}", i);
			Outcome expected = expected(model.get(key), event.version());
			assertEquals(expected, detector.observe(event), () -> "event " + event);
			if (expected == Outcome.CONFLICT_OPENED) {
				VersionVector merged = stored.merge(event.version()).increment("r0");
				assertEquals(Outcome.CONFLICT_CLOSED,
						detector.observe(Events.upsert(key, "r0", merged, "{\"merged\":true}", i)));
				model.put(key, merged);
			} else if (expected == Outcome.NEW_KEY || expected == Outcome.ADVANCED) {
				model.put(key, event.version());
			}
		}
		DetectorStats stats = detector.stats();
		assertEquals(model.size(), stats.trackedKeys());
		assertEquals(stats.conflictsOpened(), stats.conflictsClosed());
		assertTrue(stats.conflictsOpened() > 0 && stats.staleEvents() > 0 && stats.duplicates() > 0, stats::toString);
	}

	private static Outcome expected(VersionVector stored, VersionVector incoming) {
		if (stored == null) {
			return Outcome.NEW_KEY;
		}
		Causality causality = incoming.compare(stored);
		return switch (causality) {
		case AFTER -> Outcome.ADVANCED;
		case EQUAL -> Outcome.DUPLICATE;
		case BEFORE -> Outcome.STALE;
		case CONCURRENT -> Outcome.CONFLICT_OPENED;
		};
	}
}
