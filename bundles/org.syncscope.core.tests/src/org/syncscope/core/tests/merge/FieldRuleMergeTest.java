package org.syncscope.core.tests.merge;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.Test;
import org.syncscope.core.merge.DocumentVersion;
import org.syncscope.core.merge.FieldPath;
import org.syncscope.core.merge.FieldRule;
import org.syncscope.core.merge.FieldRuleMerge;
import org.syncscope.core.merge.FieldType;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.MissingNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

/** A record's versions merged field by field: ruled fields by their law, the others three-way. */
class FieldRuleMergeTest {

	private static final ObjectMapper JSON = new ObjectMapper();
	private static final String ANCESTOR = "{\"sku\":\"A-1\",\"stock\":{\"count\":100,\"bin\":\"B4\"},\"tags\":[\"new\"],"
			+ "\"price\":10}";

	private final FieldRuleMerge merge = new FieldRuleMerge(
			List.of(FieldRule.of("stock.count", FieldType.COUNTER), FieldRule.of("tags", FieldType.SET)));

	@Test
	void ruledFieldsMergeByTheirLawAndDisjointChangesAreKept() {
		FieldRuleMerge.Result result = merge.merge(Optional.of(doc(ANCESTOR)), List.of(
				version("eu", "{\"sku\":\"A-1\",\"stock\":{\"count\":95,\"bin\":\"B4\"},\"tags\":[\"new\",\"sale\"],\"price\":12}"),
				version("us", "{\"sku\":\"A-1\",\"stock\":{\"count\":90,\"bin\":\"C1\"},\"tags\":[],\"price\":10}")));
		assertTrue(result.complete(), result.undecided()::toString);
		assertEquals(doc("{\"sku\":\"A-1\",\"stock\":{\"count\":85,\"bin\":\"C1\"},\"tags\":[\"sale\"],\"price\":12}"),
				result.merged());
		assertEquals(List.of(FieldRule.of("stock.count", FieldType.COUNTER), FieldRule.of("tags", FieldType.SET)),
				result.applied());
	}

	@Test
	void threeSiblingsMergeAsTwo() {
		FieldRuleMerge.Result result = merge.merge(Optional.of(doc(ANCESTOR)), List.of(
				version("eu", ANCESTOR.replace("100", "101")), version("us", ANCESTOR.replace("100", "102")),
				version("ap", ANCESTOR.replace("100", "103").replace("[\"new\"]", "[\"new\",\"ap\"]"))));
		assertTrue(result.complete());
		assertEquals(106, result.merged().at("/stock/count").intValue());
		assertEquals(doc("{\"t\":[\"new\",\"ap\"]}").get("t"), result.merged().get("tags"));
	}

	@Test
	void anUnruledFieldChangedOnTwoSidesIsLeftToAPersonWithTheRuledOnesMerged() {
		FieldRuleMerge.Result result = merge.merge(Optional.of(doc(ANCESTOR)), List.of(
				version("eu", ANCESTOR.replace("100", "99").replace("10}", "11}")),
				version("us", ANCESTOR.replace("100", "98").replace("10}", "12}"))));
		assertFalse(result.complete());
		assertEquals(List.of(FieldPath.parse("price")), List.copyOf(result.undecided().keySet()));
		assertTrue(result.undecided().get(FieldPath.parse("price")).contains("changed differently on eu and us"));
		assertEquals(97, result.merged().at("/stock/count").intValue());
		assertEquals(10, result.merged().get("price").intValue());
	}

	@Test
	void withoutTheAncestorACounterIsLeftToAPersonAndSaysWhy() {
		FieldRuleMerge.Result result = merge.merge(Optional.empty(), List.of(
				version("eu", ANCESTOR.replace("100", "99")), version("us", ANCESTOR.replace("100", "98"))));
		assertFalse(result.complete());
		assertTrue(result.undecided().get(FieldPath.parse("stock.count")).contains("common ancestor"));
		assertTrue(result.applied().isEmpty());
	}

	@Test
	void aFieldRemovedOnOneSideOnlyIsRemoved() {
		FieldRuleMerge.Result result = merge.merge(Optional.of(doc(ANCESTOR)), List.of(
				version("eu", ANCESTOR.replace(",\"price\":10", "")), version("us", ANCESTOR.replace("100", "98"))));
		assertTrue(result.complete());
		assertEquals(MissingNode.getInstance(), FieldPath.parse("price").valueIn(result.merged()));
		assertEquals(98, result.merged().at("/stock/count").intValue());
	}

	@Test
	void pathsAndRulesAreValidated() {
		for (String bad : new String[] { "", "a..b", ".a", "a.", " a", "a. b" }) {
			assertThrows(IllegalArgumentException.class, () -> FieldPath.parse(bad), bad);
		}
		assertEquals(List.of("stock", "count"), FieldPath.parse("stock.count").segments());
		assertThrows(IllegalArgumentException.class, () -> new FieldRuleMerge(
				List.of(FieldRule.of("stock", FieldType.LWW), FieldRule.of("stock.count", FieldType.COUNTER))));
		assertThrows(IllegalArgumentException.class, () -> new FieldRuleMerge(
				List.of(FieldRule.of("tags", FieldType.SET), FieldRule.of("tags", FieldType.LWW))));
	}

	private static DocumentVersion version(String replica, String json) {
		return new DocumentVersion("id-" + replica, doc(json), replica.length(), replica);
	}

	private static ObjectNode doc(String json) {
		try {
			return (ObjectNode) JSON.readTree(json);
		} catch (JsonProcessingException e) {
			throw new IllegalArgumentException(json, e);
		}
	}
}
