package org.syncscope.core.merge;

/**
 * What a field means, which decides how its concurrent values merge (see {@link FieldLaws}).
 */
public enum FieldType {
	/** A number changed by increments: the ancestor plus every side's change (a PN-counter read from states). */
	COUNTER,
	/**
	 * A JSON array used as a set: the ancestor's elements that no side removed, plus every element any side
	 * added (observed-remove: an addition is never undone by a removal on another side).
	 */
	SET,
	/** A register that keeps the greatest value (numbers by value, strings in Unicode order). */
	MAX,
	/** A register that keeps the least value (numbers by value, strings in Unicode order). */
	MIN,
	/**
	 * A register that keeps the value of the later source timestamp; a tie goes to the greater replica id. With
	 * the ancestor known, a version that kept the ancestor's value did not write the field and does not count.
	 */
	LWW
}
