package org.syncscope.core.tests.merge;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.Test;
import org.syncscope.core.merge.FieldLaws;
import org.syncscope.core.merge.FieldMerge;
import org.syncscope.core.merge.FieldType;
import org.syncscope.core.merge.FieldVersion;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.MissingNode;

/** The laws on the cases an operator meets, and what they refuse. */
class FieldLawsTest {

	private static final ObjectMapper JSON = new ObjectMapper();
	private static final JsonNode MISSING = MissingNode.getInstance();

	@Test
	void twoRegionsAddingFiveToAStockCountEndWithTen() {
		assertEquals(json("110"), merged(FieldType.COUNTER, "100", v("eu", "105", 1), v("us", "105", 2)));
		assertEquals(json("97"), merged(FieldType.COUNTER, "100", v("eu", "105", 1), v("us", "92", 2)));
		JsonNode decimal = merged(FieldType.COUNTER, "1.5", v("eu", "2", 1), v("us", "1.75", 2));
		assertEquals(0, new BigDecimal("2.25").compareTo(decimal.decimalValue()), decimal::toString);
	}

	@Test
	void aCounterTheAncestorLackedStartsFromZero() {
		assertEquals(json("7"), merged(FieldType.COUNTER, Optional.of(MISSING), v("eu", "3", 1), v("us", "4", 2)));
	}

	@Test
	void twoRegionsAddingATagEachKeepBoth() {
		assertEquals(json("[\"a\",\"b\",\"c\"]"),
				merged(FieldType.SET, "[\"a\"]", v("eu", "[\"a\",\"c\"]", 1), v("us", "[\"b\",\"a\"]", 2)));
	}

	@Test
	void aRemovalOnOneSideAndAnAdditionOnTheOtherBothCount() {
		assertEquals(json("[\"b\",\"x\"]"),
				merged(FieldType.SET, "[\"a\",\"b\"]", v("eu", "[\"b\"]", 1), v("us", "[\"a\",\"b\",\"x\"]", 2)));
	}

	@Test
	void registersKeepTheGreatestTheLeastOrTheLatest() {
		assertEquals(json("9"), merged(FieldType.MAX, "1", v("eu", "9", 1), v("us", "4", 2)));
		assertEquals(json("\"2026-12-07\""),
				merged(FieldType.MAX, "\"2026-01-01\"", v("eu", "\"2026-12-07\"", 1), v("us", "\"2026-06-30\"", 2)));
		assertEquals(json("4"), merged(FieldType.MIN, "5", v("eu", "9", 1), v("us", "4", 2)));
		assertEquals(json("\"us\""), merged(FieldType.LWW, "\"old\"", v("eu", "\"eu\"", 1), v("us", "\"us\"", 2)));
	}

	@Test
	void aLastWriterTieGoesToTheGreaterReplicaId() {
		assertEquals(json("\"us\""), merged(FieldType.LWW, "\"old\"", v("us", "\"us\"", 5), v("eu", "\"eu\"", 5)));
		assertEquals(MISSING, merged(FieldType.LWW, "\"old\"", v("us", null, 6), v("eu", "\"eu\"", 5)));
	}

	@Test
	void aLastWriterIsAVersionThatChangedTheField() {
		assertEquals(json("\"eu\""), merged(FieldType.LWW, "\"old\"", v("eu", "\"eu\"", 1), v("us", "\"old\"", 2)));
		assertEquals(json("\"us\""),
				merged(FieldType.LWW, Optional.empty(), v("eu", "\"eu\"", 1), v("us", "\"us\"", 2)));
	}

	@Test
	void countersAndSetsNeedTheAncestor() {
		for (FieldType type : List.of(FieldType.COUNTER, FieldType.SET)) {
			String reason = refused(type, Optional.empty(), v("eu", "1", 1), v("us", "2", 2));
			assertTrue(reason.contains("common ancestor") && reason.contains("not known"), reason);
		}
	}

	@Test
	void valuesThatDoNotFitTheTypeAreRefusedWithTheReplica() {
		assertTrue(refused(FieldType.COUNTER, Optional.of(json("1")), v("eu", "\"two\"", 1), v("us", "2", 2))
				.startsWith("eu holds \"two\", not a number"));
		assertTrue(refused(FieldType.SET, Optional.of(json("[]")), v("eu", "[1]", 1), v("us", "{}", 2))
				.startsWith("us holds {}, not an array"));
		assertTrue(refused(FieldType.MAX, Optional.empty(), v("eu", "1", 1), v("us", "\"1\"", 2))
				.contains("not all numbers or all strings"));
		assertTrue(refused(FieldType.COUNTER, Optional.of(json("1")), v("eu", null, 1), v("us", "2", 2))
				.startsWith("eu removed the field"));
	}

	@Test
	void theSameVersionTwiceCountsOnce() {
		FieldVersion eu = v("eu", "105", 1);
		assertEquals(json("110"), merged(FieldType.COUNTER, "100", eu, eu, v("us", "105", 2)));
	}

	private static JsonNode merged(FieldType type, String ancestor, FieldVersion... versions) {
		return merged(type, Optional.of(json(ancestor)), versions);
	}

	private static JsonNode merged(FieldType type, Optional<JsonNode> ancestor, FieldVersion... versions) {
		FieldMerge result = FieldLaws.merge(type, ancestor, List.of(versions));
		return assertInstanceOf(FieldMerge.Merged.class, result, result::toString).value();
	}

	private static String refused(FieldType type, Optional<JsonNode> ancestor, FieldVersion... versions) {
		FieldMerge result = FieldLaws.merge(type, ancestor, List.of(versions));
		return assertInstanceOf(FieldMerge.Refused.class, result, result::toString).reason();
	}

	private static FieldVersion v(String replica, String value, long timestamp) {
		return new FieldVersion(replica + "-" + value + "-" + timestamp, value == null ? MISSING : json(value),
				timestamp, replica);
	}

	private static JsonNode json(String text) {
		try {
			return JSON.readTree(text);
		} catch (JsonProcessingException e) {
			throw new IllegalArgumentException(text, e);
		}
	}
}
