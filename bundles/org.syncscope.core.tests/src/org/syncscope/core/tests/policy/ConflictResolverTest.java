package org.syncscope.core.tests.policy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.syncscope.core.tests.Events.delete;
import static org.syncscope.core.tests.Events.upsert;
import static org.syncscope.core.tests.Events.vv;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.syncscope.core.event.ChangeEvent;
import org.syncscope.core.event.Operation;
import org.syncscope.core.policy.ConflictPolicy;
import org.syncscope.core.policy.ConflictResolver;
import org.syncscope.core.policy.Resolution;
import org.syncscope.core.policy.ResolutionContext;
import org.syncscope.core.policy.ResolutionRequest;
import org.syncscope.core.tests.Events;
import org.syncscope.core.vv.Causality;

class ConflictResolverTest {

	private static final long NOW = Instant.parse("2026-11-26T10:00:00Z").toEpochMilli();
	private static final ResolutionContext CONTEXT = new ResolutionContext("eu", "us", "syncscope",
			Clock.fixed(Instant.ofEpochMilli(NOW), ZoneOffset.UTC));

	private final ChangeEvent fromEu = upsert("k", "eu", vv("eu", 2, "us", 1), "{\"name\":\"A\",\"city\":\"X\"}", 200);
	private final ChangeEvent fromUs = upsert("k", "us", vv("eu", 1, "us", 2), "{\"name\":\"B\",\"city\":\"X\"}", 100);

	@ParameterizedTest
	@EnumSource(value = ConflictPolicy.class, names = "MANUAL", mode = EnumSource.Mode.EXCLUDE)
	void everyAutomaticResolutionDominatesAllSiblings(ConflictPolicy policy) {
		ChangeEvent eu = upsert("k", "eu", vv("eu", 2, "us", 1), "{\"name\":\"A\"}", 200);
		ChangeEvent us = upsert("k", "us", vv("eu", 1, "us", 2), "{\"city\":\"Y\"}", 100);
		Resolution.Resolved resolved = resolved(policy, ResolutionRequest.of(eu, us));
		ChangeEvent event = resolved.event();
		assertEquals(Causality.AFTER, event.version().compare(eu.version()));
		assertEquals(Causality.AFTER, event.version().compare(us.version()));
		assertEquals(1, event.version().counter("syncscope"));
		assertEquals("syncscope", event.origin());
		assertEquals(NOW, event.sourceTimestamp());
		assertEquals(policy, resolved.policy());
	}

	@Test
	void manualPolicyQueuesTheConflict() {
		Resolution resolution = resolver(ConflictPolicy.MANUAL).resolve(ResolutionRequest.of(fromEu, fromUs));
		assertEquals(ConflictPolicy.MANUAL, assertInstanceOf(Resolution.Manual.class, resolution).policy());
	}

	@Test
	void lastWriterWinsTakesTheLatestTimestamp() {
		assertEquals(fromEu.payload(), resolved(ConflictPolicy.LAST_WRITER_WINS,
				ResolutionRequest.of(fromUs, fromEu)).event().payload());
	}

	@Test
	void lastWriterWinsBreaksTiesByOriginThenId() {
		// ids ordered against the origins, so that only the origin rule makes "b" win
		ChangeEvent a = withId(upsert("k", "a", vv("a", 1), "{\"v\":\"a\"}", 50), 2);
		ChangeEvent b = withId(upsert("k", "b", vv("b", 1), "{\"v\":\"b\"}", 50), 1);
		assertEquals(b.payload(), resolved(ConflictPolicy.LAST_WRITER_WINS, ResolutionRequest.of(a, b)).event().payload());
		assertEquals(b.payload(), resolved(ConflictPolicy.LAST_WRITER_WINS, ResolutionRequest.of(b, a)).event().payload());
		ChangeEvent b2 = withId(upsert("k", "b", vv("b", 1, "c", 1), "{\"v\":\"b2\"}", 50), 3);
		assertEquals(b2.payload(),
				resolved(ConflictPolicy.LAST_WRITER_WINS, ResolutionRequest.of(b, b2, a)).event().payload());
	}

	private static ChangeEvent withId(ChangeEvent event, long id) {
		return new ChangeEvent(new UUID(0, id), event.key(), event.operation(), event.payload(), event.origin(),
				event.version(), event.sourceTimestamp());
	}

	@Test
	void lastWriterWinsKeepsADelete() {
		ChangeEvent gone = delete("k", "us", vv("us", 3), 900);
		ChangeEvent event = resolved(ConflictPolicy.LAST_WRITER_WINS, ResolutionRequest.of(fromEu, gone)).event();
		assertEquals(Operation.DELETE, event.operation());
	}

	@Test
	void sourceAndTargetWinPickTheirSide() {
		assertEquals(fromEu.payload(),
				resolved(ConflictPolicy.SOURCE_WINS, ResolutionRequest.of(fromUs, fromEu)).event().payload());
		assertEquals(fromUs.payload(),
				resolved(ConflictPolicy.TARGET_WINS, ResolutionRequest.of(fromEu, fromUs)).event().payload());
	}

	@Test
	void sideWinsAsksForAHumanWhenTheSideDidNotWrite() {
		ChangeEvent ap = upsert("k", "ap", vv("ap", 1), "{}", 1);
		ChangeEvent sa = upsert("k", "sa", vv("sa", 1), "{\"x\":1}", 1);
		Resolution.Manual manual = assertInstanceOf(Resolution.Manual.class,
				resolver(ConflictPolicy.SOURCE_WINS).resolve(ResolutionRequest.of(ap, sa)));
		assertTrue(manual.reason().contains("eu"), manual.reason());
	}

	@Test
	void resolvingTwiceGivesTheSameEvent() {
		ConflictResolver resolver = resolver(ConflictPolicy.LAST_WRITER_WINS);
		ChangeEvent first = ((Resolution.Resolved) resolver.resolve(ResolutionRequest.of(fromEu, fromUs))).event();
		ChangeEvent second = ((Resolution.Resolved) resolver.resolve(ResolutionRequest.of(fromUs, fromEu))).event();
		assertEquals(first, second);
		ChangeEvent other = resolved(ConflictPolicy.SOURCE_WINS, ResolutionRequest.of(fromEu, fromUs)).event();
		assertNotEquals(first.eventId(), other.eventId());
	}

	@Test
	void mergeCombinesFieldsChangedOnOneSideAgainstTheAncestor() {
		ChangeEvent ancestor = upsert("k", "eu", vv("eu", 1, "us", 1), "{\"name\":\"A\",\"city\":\"X\",\"zip\":1}", 1);
		ChangeEvent eu = upsert("k", "eu", vv("eu", 2, "us", 1), "{\"name\":\"B\",\"city\":\"X\",\"zip\":1}", 2);
		ChangeEvent us = upsert("k", "us", vv("eu", 1, "us", 2), "{\"name\":\"A\",\"city\":\"Y\"}", 3);
		ChangeEvent merged = resolved(ConflictPolicy.MERGE_DISJOINT_FIELDS,
				new ResolutionRequest(List.of(eu, us), Optional.of(ancestor))).event();
		assertEquals("{\"name\":\"B\",\"city\":\"Y\"}", merged.payload().toString());
		assertEquals(Operation.UPSERT, merged.operation());
	}

	@Test
	void mergeWithoutAncestorUnitesAgreeingFields() {
		ChangeEvent eu = upsert("k", "eu", vv("eu", 2), "{\"name\":\"A\",\"city\":\"X\"}", 2);
		ChangeEvent us = upsert("k", "us", vv("us", 2), "{\"city\":\"X\",\"zip\":9}", 3);
		ChangeEvent merged = resolved(ConflictPolicy.MERGE_DISJOINT_FIELDS, ResolutionRequest.of(eu, us)).event();
		assertEquals(Events.payload("{\"name\":\"A\",\"city\":\"X\",\"zip\":9}"), merged.payload());
	}

	@Test
	void mergeAsksForAHumanWhenAFieldChangedOnBothSides() {
		ChangeEvent ancestor = upsert("k", "eu", vv("eu", 1), "{\"name\":\"A\",\"city\":\"X\"}", 1);
		ChangeEvent eu = upsert("k", "eu", vv("eu", 2), "{\"name\":\"B\",\"city\":\"X\"}", 2);
		ChangeEvent us = upsert("k", "us", vv("eu", 1, "us", 1), "{\"name\":\"C\",\"city\":\"X\"}", 3);
		Resolution.Manual manual = assertInstanceOf(Resolution.Manual.class,
				resolver(ConflictPolicy.MERGE_DISJOINT_FIELDS)
						.resolve(new ResolutionRequest(List.of(eu, us), Optional.of(ancestor))));
		assertTrue(manual.reason().contains("name"), manual.reason());
		assertTrue(!manual.reason().contains("city"), manual.reason());
	}

	@Test
	void mergeTreatsRemovalVersusEditAsAClash() {
		ChangeEvent ancestor = upsert("k", "eu", vv("eu", 1), "{\"name\":\"A\"}", 1);
		ChangeEvent eu = upsert("k", "eu", vv("eu", 2), "{}", 2);
		ChangeEvent us = upsert("k", "us", vv("eu", 1, "us", 1), "{\"name\":\"C\"}", 3);
		assertInstanceOf(Resolution.Manual.class, resolver(ConflictPolicy.MERGE_DISJOINT_FIELDS)
				.resolve(new ResolutionRequest(List.of(eu, us), Optional.of(ancestor))));
	}

	@Test
	void mergeNeverMergesADelete() {
		ChangeEvent gone = delete("k", "us", vv("us", 3), 900);
		Resolution.Manual manual = assertInstanceOf(Resolution.Manual.class,
				resolver(ConflictPolicy.MERGE_DISJOINT_FIELDS).resolve(ResolutionRequest.of(fromEu, gone)));
		assertTrue(manual.reason().contains("delete"), manual.reason());
	}

	@Test
	void requestsAreValidated() {
		assertThrows(IllegalArgumentException.class, () -> ResolutionRequest.of(fromEu));
		assertThrows(IllegalArgumentException.class,
				() -> ResolutionRequest.of(fromEu, upsert("other", "us", vv("us", 1), "{}", 1)));
		assertThrows(IllegalArgumentException.class,
				() -> new ResolutionRequest(List.of(fromEu, fromUs), Optional.of(fromEu)));
	}

	private static ConflictResolver resolver(ConflictPolicy policy) {
		return ConflictResolver.forPolicy(policy, CONTEXT);
	}

	private static Resolution.Resolved resolved(ConflictPolicy policy, ResolutionRequest request) {
		Resolution resolution = resolver(policy).resolve(request);
		return assertInstanceOf(Resolution.Resolved.class, resolution, resolution::toString);
	}
}
