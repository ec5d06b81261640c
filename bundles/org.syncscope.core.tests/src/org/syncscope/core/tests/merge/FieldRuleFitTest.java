package org.syncscope.core.tests.merge;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.syncscope.core.merge.FieldRule;
import org.syncscope.core.merge.FieldRuleFit;
import org.syncscope.core.merge.FieldType;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/** Which rules a record's values do not fit: the values each type's law can merge, and a missing field. */
class FieldRuleFitTest {

	private static final ObjectMapper JSON = new ObjectMapper();
	private static final List<FieldRule> RULES = List.of(FieldRule.of("stock.count", FieldType.COUNTER),
			FieldRule.of("tags", FieldType.SET), FieldRule.of("due", FieldType.MAX), FieldRule.of("price", FieldType.MIN),
			FieldRule.of("status", FieldType.LWW));

	@Test
	void valuesEachLawMergesFit() throws JsonProcessingException {
		assertEquals(List.of(), misfits("""
				{"stock":{"count":4},"tags":["a"],"due":"2026-12-08","price":9.5,"status":{"any":[1]}}"""));
		assertEquals(List.of(), misfits("{}"), "a field a record lacks fits every rule");
	}

	@Test
	void aValueItsLawCannotMergeDoesNotFit() throws JsonProcessingException {
		assertEquals(List.of("stock.count COUNTER: \"four\" is not a number", "tags SET: \"a\" is not an array",
				"due MAX: true is not a number or a string", "price MIN: [1] is not a number or a string"),
				misfits("""
						{"stock":{"count":"four"},"tags":"a","due":true,"price":[1],"status":null}"""));
		assertEquals(List.of("stock.count COUNTER: null is not a number"), misfits("{\"stock\":{\"count\":null}}"));
	}

	private static List<String> misfits(String record) throws JsonProcessingException {
		JsonNode document = JSON.readTree(record);
		return FieldRuleFit.misfits(RULES, document).stream().map(misfit -> misfit.rule() + ": " + misfit.reason())
				.toList();
	}
}
