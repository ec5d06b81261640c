package org.syncscope.core.tests.conflict;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.Set;
import java.util.stream.LongStream;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.syncscope.core.conflict.Conflict;
import org.syncscope.core.conflict.ConflictDetector;
import org.syncscope.core.conflict.DetectorConfig;
import org.syncscope.core.conflict.KeyState;
import org.syncscope.core.conflict.Outcome;
import org.syncscope.core.conflict.Version;
import org.syncscope.core.event.ChangeEvent;
import org.syncscope.core.tests.Events;
import org.syncscope.core.vv.Causality;
import org.syncscope.core.vv.VersionVector;

/**
 * {@link KeyState}, the detection rules as a value for state kept outside the heap, against the
 * {@link ConflictDetector} on seeded random histories of three replicas writing a few keys: writes from what a
 * replica knows, replicas learning from each other, redelivered and late events, identical concurrent writes
 * (pseudo-conflicts), three-way conflicts and resolutions that supersede every sibling. Both must give every
 * event the same outcome and report the same conflicts, version by version.
 */
class KeyStateAgreementTest {

	private static final String LINK = "a-to-b";
	private static final String[] REPLICAS = { "a", "b", "c" };
	private static final Instant NOW = Instant.parse("2026-12-08T00:00:00Z");

	static LongStream seeds() {
		return LongStream.range(0, 30);
	}

	@ParameterizedTest
	@MethodSource("seeds")
	void agreesWithTheDetectorEventByEvent(long seed) {
		Random random = new Random(seed);
		RecordingListener listener = new RecordingListener();
		ConflictDetector detector = new ConflictDetector(LINK, new DetectorConfig(1_000, 8),
				Clock.fixed(NOW, ZoneOffset.UTC), listener);
		Map<String, KeyState> states = new HashMap<>();
		Map<String, VersionVector[]> known = new HashMap<>();
		List<ChangeEvent> sent = new ArrayList<>();
		Set<Outcome> seen = EnumSet.noneOf(Outcome.class);
		for (int i = 0; i < 3_000; i++) {
			String key = "key-" + random.nextInt(4);
			VersionVector[] views = known.computeIfAbsent(key, k -> new VersionVector[] { VersionVector.empty(),
					VersionVector.empty(), VersionVector.empty() });
			int replica = random.nextInt(REPLICAS.length);
			ChangeEvent event;
			int action = random.nextInt(10);
			if (action < 2 && !sent.isEmpty()) {
				event = sent.get(random.nextInt(sent.size())); // redelivered or late
			} else if (action < 4) {
				views[replica] = views[replica].merge(views[random.nextInt(REPLICAS.length)]); // learns
				continue;
			} else if (action == 4) {
				VersionVector all = views[0].merge(views[1]).merge(views[2]).increment("resolver");
				event = Events.upsert(key, "resolver", all, "{\"merged\":" + i + "}", i);
				Arrays.fill(views, all);
			} else {
				views[replica] = views[replica].increment(REPLICAS[replica]);
				// few distinct contents, so that concurrent writes are now and then identical
				event = Events.upsert(key, REPLICAS[replica], views[replica], "{\"v\":" + random.nextInt(3) + "}", i);
			}
			sent.add(event);
			int reported = listener.conflicts.size();
			Outcome expected = detector.observe(event);
			KeyState.Step step = KeyState.next(Optional.ofNullable(states.get(event.key())), event, LINK, NOW);
			int at = i;
			assertEquals(expected, step.outcome(), () -> "event " + at + ": " + event);
			seen.add(expected);
			if (listener.conflicts.size() > reported) {
				assertSameConflict(listener.conflicts.get(listener.conflicts.size() - 1), step.conflict().orElseThrow());
			} else {
				assertTrue(step.conflict().isEmpty(), () -> "no conflict reported for event " + at);
			}
			states.put(event.key(), step.state());
		}
		for (Map.Entry<String, KeyState> state : states.entrySet()) {
			Optional<Conflict> open = detector.conflict(state.getKey());
			assertEquals(open.isPresent(), state.getValue().inConflict(), state.getKey());
			open.ifPresent(conflict -> assertSameConflict(conflict,
					state.getValue().conflict(LINK, state.getKey()).orElseThrow()));
		}
		assertTrue(seen.containsAll(EnumSet.of(Outcome.NEW_KEY, Outcome.ADVANCED, Outcome.DUPLICATE, Outcome.STALE,
				Outcome.CONFLICT_OPENED, Outcome.SIBLING_ADDED, Outcome.CONFLICT_CLOSED, Outcome.PSEUDO_CONFLICT)),
				"the history exercised every rule: " + seen);
	}

	private static void assertSameConflict(Conflict expected, Conflict actual) {
		assertEquals(expected.key(), actual.key());
		assertEquals(expected.detectedAt(), actual.detectedAt());
		assertEquals(expected.versions().size(), actual.versions().size(), () -> expected + " / " + actual);
		for (int i = 0; i < expected.versions().size(); i++) {
			Version left = expected.versions().get(i);
			Version right = actual.versions().get(i);
			assertEquals(left.eventId(), right.eventId());
			assertEquals(left.origin(), right.origin());
			assertEquals(Causality.EQUAL, left.vector().compare(right.vector()), () -> left + " / " + right);
			assertEquals(left.payloadFingerprint(), right.payloadFingerprint());
			assertEquals(left.operation(), right.operation());
		}
	}
}
