package org.syncscope.resolution.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.syncscope.resolution.tests.Fixtures.event;

import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.Test;
import org.syncscope.core.event.ChangeEvent;
import org.syncscope.resolution.FieldDiff;

/** Field-by-field comparison of a conflict's versions, into the nested objects they all hold. */
class FieldDiffTest {

	private static final ChangeEvent ANCESTOR = event("k", "a-1", 1, """
			{"status":"NEW","customer":{"email":"ada@example.com","phone":"1","address":{"city":"Oslo"}},"tags":["x"]}""",
			"a-1", 1);

	@Test
	void sidesChangingDifferentFieldsOfOneNestedObjectDoNotClash() {
		ChangeEvent left = event("k", "a-1", 2, """
				{"status":"NEW","customer":{"email":"ada@new.example","phone":"1","address":{"city":"Oslo"}},"tags":["x"]}""",
				"a-1", 2);
		ChangeEvent right = event("k", "b-1", 3, """
				{"status":"NEW","customer":{"email":"ada@example.com","phone":"2","address":{"city":"Bergen"}},"tags":["x"]}""",
				"a-1", 1, "b-1", 1);
		FieldDiff diff = FieldDiff.of(List.of(left, right), Optional.of(ANCESTOR));
		assertEquals(List.of("status", "customer.email", "customer.phone", "customer.address.city", "tags"),
				diff.rows().stream().map(FieldDiff.Row::name).toList());
		assertEquals(List.of("customer", "address", "city"), diff.rows().get(3).path());
		assertEquals(3, diff.differingCount(), "e-mail, phone and city differ");
		assertEquals(0, diff.clashCount(), "each was changed on one side only");
	}

	@Test
	void theSameNestedFieldChangedOnBothSidesClashes() {
		ChangeEvent left = event("k", "a-1", 2, """
				{"status":"NEW","customer":{"email":"left@example.com","phone":"1","address":{"city":"Oslo"}},"tags":["x"]}""",
				"a-1", 2);
		ChangeEvent right = event("k", "b-1", 3, """
				{"status":"NEW","customer":{"email":"right@example.com","phone":"1","address":{"city":"Oslo"}},"tags":["x"]}""",
				"a-1", 1, "b-1", 1);
		FieldDiff diff = FieldDiff.of(List.of(left, right), Optional.of(ANCESTOR));
		assertEquals(1, diff.clashCount());
		assertEquals("customer.email", diff.rows().stream().filter(FieldDiff.Row::clash).findFirst().orElseThrow().name());
	}

	@Test
	void anObjectMissingOnOneSideOrEmptyIsComparedWhole() {
		ChangeEvent left = event("k", "a-1", 2, "{\"status\":\"NEW\",\"customer\":{}}", "a-1", 2);
		ChangeEvent right = event("k", "b-1", 3, "{\"status\":\"NEW\"}", "a-1", 1, "b-1", 1);
		FieldDiff diff = FieldDiff.of(List.of(left, right));
		assertEquals(List.of("status", "customer"), diff.rows().stream().map(FieldDiff.Row::name).toList());
		assertEquals(1, diff.clashCount(), "without an ancestor every difference is a clash");
	}

	@Test
	void arraysAreComparedWhole() {
		ChangeEvent left = event("k", "a-1", 2, "{\"tags\":[\"x\",\"y\"]}", "a-1", 2);
		ChangeEvent right = event("k", "b-1", 3, "{\"tags\":[\"x\"]}", "a-1", 1, "b-1", 1);
		assertEquals(List.of("tags"), FieldDiff.of(List.of(left, right)).rows().stream().map(FieldDiff.Row::name).toList());
	}
}
