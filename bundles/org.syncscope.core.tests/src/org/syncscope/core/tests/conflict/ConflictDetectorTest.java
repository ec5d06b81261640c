package org.syncscope.core.tests.conflict;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.syncscope.core.tests.Events.delete;
import static org.syncscope.core.tests.Events.upsert;
import static org.syncscope.core.tests.Events.vv;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.syncscope.core.conflict.Conflict;
import org.syncscope.core.conflict.ConflictDetector;
import org.syncscope.core.conflict.DetectorConfig;
import org.syncscope.core.conflict.DetectorStats;
import org.syncscope.core.conflict.Outcome;
import org.syncscope.core.conflict.Version;
import org.syncscope.core.event.ChangeEvent;
import org.syncscope.core.event.Operation;

class ConflictDetectorTest {

	private static final Instant NOW = Instant.parse("2026-11-26T10:00:00Z");

	private final RecordingListener listener = new RecordingListener();
	private final ConflictDetector detector = new ConflictDetector("eu->us", DetectorConfig.DEFAULT,
			Clock.fixed(NOW, ZoneOffset.UTC), listener);

	@Test
	void classifiesOrderedEvents() {
		assertEquals(Outcome.NEW_KEY, detector.observe(upsert("k", "eu", vv("eu", 1), "{\"a\":1}", 1)));
		assertEquals(Outcome.ADVANCED, detector.observe(upsert("k", "us", vv("eu", 1, "us", 1), "{\"a\":2}", 2)));
		assertEquals(Outcome.DUPLICATE, detector.observe(upsert("k", "us", vv("eu", 1, "us", 1), "{\"a\":2}", 2)));
		assertEquals(Outcome.STALE, detector.observe(upsert("k", "eu", vv("eu", 1), "{\"a\":1}", 1)));
		assertEquals(List.of(), listener.calls);
		DetectorStats stats = detector.stats();
		assertEquals(4, stats.events());
		assertEquals(1, stats.trackedKeys());
		assertEquals(1, stats.duplicates());
		assertEquals(1, stats.staleEvents());
		assertEquals(0, stats.conflictsOpened());
	}

	@Test
	void opensAConflictWithBothVersions() {
		ChangeEvent base = upsert("k", "eu", vv("eu", 1), "{\"a\":1}", 1);
		ChangeEvent fromEu = upsert("k", "eu", vv("eu", 2), "{\"a\":2}", 2);
		ChangeEvent fromUs = upsert("k", "us", vv("eu", 1, "us", 1), "{\"a\":3}", 3);
		detector.observe(base);
		detector.observe(fromEu);
		assertEquals(Outcome.CONFLICT_OPENED, detector.observe(fromUs));
		Conflict conflict = detector.conflict("k").orElseThrow();
		assertEquals("eu->us", conflict.link());
		assertEquals(NOW, conflict.detectedAt());
		assertEquals(List.of(Version.of(fromEu), Version.of(fromUs)), conflict.versions());
		assertFalse(conflict.isPseudo());
		assertEquals(List.of("detected k x2"), listener.calls);
		assertEquals(1, detector.stats().openConflicts());
		assertEquals(List.of(conflict), detector.openConflicts());
	}

	@Test
	void keepsMoreThanTwoSiblingsTogether() {
		detector.observe(upsert("k", "eu", vv("eu", 1), "{\"a\":1}", 1));
		detector.observe(upsert("k", "us", vv("us", 1), "{\"a\":2}", 1));
		assertEquals(Outcome.SIBLING_ADDED, detector.observe(upsert("k", "ap", vv("ap", 1), "{\"a\":3}", 1)));
		assertEquals(3, detector.conflict("k").orElseThrow().versions().size());
		assertEquals(List.of("detected k x2", "detected k x3"), listener.calls);
		assertEquals(1, detector.stats().siblingsAdded());
	}

	@Test
	void replacesSupersededSiblingsButKeepsTheConflictOpen() {
		detector.observe(upsert("k", "eu", vv("eu", 1), "{\"a\":1}", 1));
		detector.observe(upsert("k", "us", vv("us", 1), "{\"a\":2}", 1));
		assertEquals(Outcome.SIBLING_ADDED, detector.observe(upsert("k", "eu", vv("eu", 2), "{\"a\":4}", 2)));
		List<Version> versions = detector.conflict("k").orElseThrow().versions();
		assertEquals(List.of(vv("us", 1), vv("eu", 2)), versions.stream().map(Version::vector).toList());
	}

	@Test
	void ignoresStaleAndDuplicateSiblings() {
		detector.observe(upsert("k", "eu", vv("eu", 2), "{\"a\":1}", 1));
		detector.observe(upsert("k", "us", vv("us", 1), "{\"a\":2}", 1));
		assertEquals(Outcome.STALE, detector.observe(upsert("k", "eu", vv("eu", 1), "{\"a\":0}", 0)));
		assertEquals(Outcome.DUPLICATE, detector.observe(upsert("k", "us", vv("us", 1), "{\"a\":2}", 1)));
		assertEquals(2, detector.conflict("k").orElseThrow().versions().size());
	}

	@Test
	void aDominatingEventClosesTheConflict() {
		detector.observe(upsert("k", "eu", vv("eu", 1), "{\"a\":1}", 1));
		detector.observe(upsert("k", "us", vv("us", 1), "{\"a\":2}", 1));
		ChangeEvent resolution = upsert("k", "resolver", vv("eu", 1, "us", 1, "resolver", 1), "{\"a\":2}", 5);
		assertEquals(Outcome.CONFLICT_CLOSED, detector.observe(resolution));
		assertTrue(detector.conflict("k").isEmpty());
		assertEquals(List.of("detected k x2", "closed k by resolver"), listener.calls);
		assertEquals(Outcome.STALE, detector.observe(upsert("k", "us", vv("us", 1), "{\"a\":2}", 1)));
		assertEquals(Outcome.ADVANCED,
				detector.observe(upsert("k", "eu", vv("eu", 2, "us", 1, "resolver", 1), "{\"a\":9}", 6)));
		DetectorStats stats = detector.stats();
		assertEquals(1, stats.conflictsClosed());
		assertEquals(0, stats.openConflicts());
	}

	@Test
	void identicalConcurrentVersionsArePseudoConflicts() {
		detector.observe(upsert("k", "eu", vv("eu", 1), "{\"a\":1,\"b\":2}", 1));
		assertEquals(Outcome.PSEUDO_CONFLICT, detector.observe(upsert("k", "us", vv("us", 1), "{\"b\":2,\"a\":1}", 2)));
		assertTrue(detector.conflict("k").isEmpty());
		assertEquals(List.of("pseudo k"), listener.calls);
		assertTrue(listener.conflicts.get(0).isPseudo());
		assertEquals(1, detector.stats().pseudoConflicts());
		assertEquals(0, detector.stats().conflictsOpened());
		// the merged vector is stored: either side's old version is now stale
		assertEquals(Outcome.STALE, detector.observe(upsert("k", "eu", vv("eu", 1), "{\"a\":1,\"b\":2}", 1)));
		assertEquals(Outcome.ADVANCED, detector.observe(upsert("k", "us", vv("eu", 1, "us", 2), "{\"a\":5}", 3)));
	}

	@Test
	void deleteAndUpsertWithEqualPayloadsAreARealConflict() {
		detector.observe(upsert("k", "eu", vv("eu", 1), "{}", 1));
		assertEquals(Outcome.CONFLICT_OPENED, detector.observe(delete("k", "us", vv("us", 1), 1)));
		assertEquals(List.of(Operation.UPSERT, Operation.DELETE),
				detector.conflict("k").orElseThrow().versions().stream().map(Version::operation).toList());
	}

	@Test
	void siblingsThatBecomeIdenticalCloseAsPseudoConflict() {
		detector.observe(upsert("k", "eu", vv("eu", 1), "{\"a\":1}", 1));
		detector.observe(upsert("k", "us", vv("us", 1), "{\"a\":2}", 1));
		assertEquals(Outcome.PSEUDO_CONFLICT, detector.observe(upsert("k", "eu", vv("eu", 2), "{\"a\":2}", 2)));
		assertTrue(detector.conflict("k").isEmpty());
		assertEquals(Outcome.STALE, detector.observe(upsert("k", "us", vv("us", 1), "{\"a\":2}", 1)));
	}

	@Test
	void newReplicasWidenStoredVectors() {
		detector.observe(upsert("a", "eu", vv("eu", 1), "{}", 1));
		detector.observe(upsert("b", "eu", vv("eu", 3), "{}", 1));
		assertEquals(Outcome.ADVANCED, detector.observe(upsert("a", "us", vv("eu", 1, "us", 1), "{}", 2)));
		assertEquals(Outcome.CONFLICT_OPENED, detector.observe(upsert("b", "ap", vv("eu", 2, "ap", 1), "{\"x\":1}", 2)));
		assertEquals(vv("eu", 3), detector.conflict("b").orElseThrow().versions().get(0).vector());
	}

	@Test
	void tooManyReplicasLeaveEventsUntracked() {
		ConflictDetector small = new ConflictDetector("l", new DetectorConfig(10, 2), Clock.systemUTC(), listener);
		assertEquals(Outcome.NEW_KEY, small.observe(upsert("k", "a", vv("a", 1, "b", 1), "{}", 1)));
		assertEquals(Outcome.UNTRACKED, small.observe(upsert("k", "c", vv("a", 1, "b", 1, "c", 1), "{}", 2)));
		assertEquals(1, small.stats().untrackedEvents());
	}
}
