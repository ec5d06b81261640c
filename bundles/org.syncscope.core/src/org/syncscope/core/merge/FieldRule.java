package org.syncscope.core.merge;

import java.util.Objects;

/**
 * A sync link's rule for one field: the field at {@code path}, and everything inside it, merges by the law of
 * {@code type}.
 */
public record FieldRule(FieldPath path, FieldType type) {

	/** Checks both are given. */
	public FieldRule {
		Objects.requireNonNull(path, "path");
		Objects.requireNonNull(type, "type");
	}

	/** The rule for the field written {@code dotted}. */
	public static FieldRule of(String dotted, FieldType type) {
		return new FieldRule(FieldPath.parse(dotted), type);
	}

	@Override
	public String toString() {
		return path + " " + type;
	}
}
