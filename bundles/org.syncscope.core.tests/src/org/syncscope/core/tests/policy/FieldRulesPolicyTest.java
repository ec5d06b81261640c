package org.syncscope.core.tests.policy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.syncscope.core.tests.Events.delete;
import static org.syncscope.core.tests.Events.upsert;
import static org.syncscope.core.tests.Events.vv;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.Test;
import org.syncscope.core.event.ChangeEvent;
import org.syncscope.core.merge.FieldRule;
import org.syncscope.core.merge.FieldType;
import org.syncscope.core.policy.ConflictPolicy;
import org.syncscope.core.policy.ConflictResolver;
import org.syncscope.core.policy.Resolution;
import org.syncscope.core.policy.ResolutionContext;
import org.syncscope.core.policy.ResolutionRequest;
import org.syncscope.core.vv.Causality;

/** The FIELD_RULES policy: automatic when the rules decide every field, a person's otherwise, told why. */
class FieldRulesPolicyTest {

	private static final ResolutionContext CONTEXT = new ResolutionContext("eu", "us", "syncscope-console",
			Clock.fixed(Instant.parse("2026-12-07T10:00:00Z"), ZoneOffset.UTC),
			List.of(FieldRule.of("stock.count", FieldType.COUNTER), FieldRule.of("tags", FieldType.SET)));
	private static final ConflictResolver RESOLVER = ConflictResolver.forPolicy(ConflictPolicy.FIELD_RULES, CONTEXT);

	private final ChangeEvent ancestor = upsert("sku-1", "eu", vv("eu", 1),
			"{\"stock\":{\"count\":100},\"tags\":[\"new\"],\"price\":10}", 10);
	private final ChangeEvent eu = upsert("sku-1", "eu", vv("eu", 2),
			"{\"stock\":{\"count\":95},\"tags\":[\"new\",\"sale\"],\"price\":10}", 20);
	private final ChangeEvent us = upsert("sku-1", "us", vv("eu", 1, "us", 1),
			"{\"stock\":{\"count\":105},\"tags\":[],\"price\":10}", 30);

	@Test
	void aConflictOnRuledFieldsOnlyIsResolvedNamingTheRules() {
		Resolution.Resolved resolved = assertInstanceOf(Resolution.Resolved.class,
				RESOLVER.resolve(new ResolutionRequest(List.of(eu, us), Optional.of(ancestor))));
		assertEquals(100, resolved.event().payload().field("stock").orElseThrow().get("count").intValue());
		assertEquals("[\"sale\"]", resolved.event().payload().field("tags").orElseThrow().toString());
		assertEquals(ConflictPolicy.FIELD_RULES, resolved.policy());
		assertEquals("merged by field rules: stock.count COUNTER, tags SET", resolved.explanation());
		assertEquals(Causality.AFTER, resolved.event().version().compare(eu.version()));
		assertEquals(Causality.AFTER, resolved.event().version().compare(us.version()));
	}

	@Test
	void withoutTheAncestorTheConflictWaitsAndSaysWhy() {
		Resolution.Manual manual = assertInstanceOf(Resolution.Manual.class,
				RESOLVER.resolve(ResolutionRequest.of(eu, us)));
		assertTrue(manual.reason().startsWith(
				"left for a person: stock.count (a COUNTER merges each side's change from the common ancestor"),
				manual.reason());
		assertTrue(manual.reason().contains("tags (a SET"), manual.reason());
	}

	@Test
	void anUnruledFieldChangedOnBothSidesWaitsForAPerson() {
		ChangeEvent euPrice = upsert("sku-1", "eu", vv("eu", 2),
				"{\"stock\":{\"count\":95},\"tags\":[\"new\"],\"price\":11}", 20);
		ChangeEvent usPrice = upsert("sku-1", "us", vv("eu", 1, "us", 1),
				"{\"stock\":{\"count\":90},\"tags\":[\"new\"],\"price\":12}", 30);
		Resolution.Manual manual = assertInstanceOf(Resolution.Manual.class,
				RESOLVER.resolve(new ResolutionRequest(List.of(euPrice, usPrice), Optional.of(ancestor))));
		assertEquals("left for a person: price (changed differently on eu and us, and no rule says how to merge it)",
				manual.reason());
	}

	@Test
	void threeSiblingsMergeTheSameWay() {
		ChangeEvent ap = upsert("sku-1", "ap", vv("eu", 1, "ap", 1),
				"{\"stock\":{\"count\":99},\"tags\":[\"new\",\"ap\"],\"price\":10}", 40);
		Resolution.Resolved resolved = assertInstanceOf(Resolution.Resolved.class,
				RESOLVER.resolve(new ResolutionRequest(List.of(us, ap, eu), Optional.of(ancestor))));
		assertEquals(99, resolved.event().payload().field("stock").orElseThrow().get("count").intValue());
		assertEquals("[\"ap\",\"sale\"]", resolved.event().payload().field("tags").orElseThrow().toString());
	}

	@Test
	void aDeleteIsNeverMerged() {
		ChangeEvent gone = delete("sku-1", "us", vv("eu", 1, "us", 1), 30);
		Resolution.Manual manual = assertInstanceOf(Resolution.Manual.class,
				RESOLVER.resolve(new ResolutionRequest(List.of(eu, gone), Optional.of(ancestor))));
		assertEquals("a sibling deletes the key", manual.reason());
	}
}
