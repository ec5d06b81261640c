package org.syncscope.core.merge;

import java.util.List;
import java.util.Objects;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.MissingNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * The place of a field in a JSON record, written dotted as the console shows nested fields
 * ({@code stock.count}): object field names from the top.
 *
 * @param segments the field names, outermost first, at least one
 */
public record FieldPath(List<String> segments) {

	/** Checks there is at least one name. */
	public FieldPath {
		segments = List.copyOf(segments);
		if (segments.isEmpty()) {
			throw new IllegalArgumentException("a field path needs at least one name");
		}
	}

	/**
	 * The path written {@code dotted}.
	 *
	 * @throws IllegalArgumentException for an empty path, an empty name ({@code a..b}, {@code .a}, {@code a.})
	 *         or white space around a name
	 */
	public static FieldPath parse(String dotted) {
		Objects.requireNonNull(dotted, "dotted");
		List<String> names = List.of(dotted.split("\\.", -1));
		for (String name : names) {
			if (name.isBlank() || !name.strip().equals(name)) {
				throw new IllegalArgumentException("\"" + dotted + "\" is not a field path: names must be non-empty,"
						+ " without spaces around them, separated by single dots");
			}
		}
		return new FieldPath(names);
	}

	/** Whether this path is {@code other} or lies inside it. */
	public boolean isWithin(FieldPath other) {
		return segments.size() >= other.segments.size()
				&& segments.subList(0, other.segments.size()).equals(other.segments);
	}

	/** The value at this path in {@code document}, or {@link MissingNode} when it has none. */
	public JsonNode valueIn(JsonNode document) {
		JsonNode node = document;
		for (String segment : segments) {
			if (!node.isObject() || !node.has(segment)) {
				return MissingNode.getInstance();
			}
			node = node.get(segment);
		}
		return node;
	}

	/**
	 * Puts {@code value} at this path in {@code document}, creating the objects on the way (replacing a
	 * non-object found there), or removes the field when {@code value} is missing.
	 */
	public void put(ObjectNode document, JsonNode value) {
		ObjectNode parent = document;
		for (String segment : segments.subList(0, segments.size() - 1)) {
			if (parent.get(segment) instanceof ObjectNode object) {
				parent = object;
			} else if (value.isMissingNode()) {
				return;
			} else {
				parent = parent.putObject(segment);
			}
		}
		String last = segments.get(segments.size() - 1);
		if (value.isMissingNode()) {
			parent.remove(last);
		} else {
			parent.set(last, value);
		}
	}

	@Override
	public String toString() {
		return String.join(".", segments);
	}
}
