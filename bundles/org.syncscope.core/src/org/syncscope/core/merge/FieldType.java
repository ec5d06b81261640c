package org.syncscope.core.merge;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * What a field means, which decides how its concurrent values merge (see {@link FieldLaws}).
 */
public enum FieldType {
	/** A number changed by increments: the ancestor plus every side's change (a PN-counter read from states). */
	COUNTER("a number"),
	/**
	 * A JSON array used as a set: the ancestor's elements that no side removed, plus every element any side
	 * added (observed-remove: an addition is never undone by a removal on another side).
	 */
	SET("an array"),
	/** A register that keeps the greatest value (numbers by value, strings in Unicode order). */
	MAX("a number or a string"),
	/** A register that keeps the least value (numbers by value, strings in Unicode order). */
	MIN("a number or a string"),
	/**
	 * A register that keeps the value of the later source timestamp; a tie goes to the greater replica id. With
	 * the ancestor known, a version that kept the ancestor's value did not write the field and does not count.
	 */
	LWW("any value");

	private final String expected;

	FieldType(String expected) {
		this.expected = expected;
	}

	/** What a value of the field must be for this type's law to merge it, for example "a number". */
	public String expected() {
		return expected;
	}

	/** Whether this type's law can merge {@code value} (a field that is missing fits every type). */
	public boolean fits(JsonNode value) {
		return value.isMissingNode() || switch (this) {
		case COUNTER -> value.isNumber();
		case SET -> value.isArray();
		case MAX, MIN -> value.isNumber() || value.isTextual();
		case LWW -> true;
		};
	}
}
