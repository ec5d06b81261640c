package org.syncscope.resolution;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.syncscope.core.event.ChangeEvent;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.MissingNode;

/**
 * The siblings of a conflict compared field by field, with the ancestor's value where it is known: which
 * fields differ, and which are a real clash (changed differently by several sides; without an ancestor every
 * difference counts as one, because who changed what cannot be told). A nested object that every version
 * holds (and the ancestor, when known) is compared field by field too, as dotted paths
 * ({@code customer.email}), so that two sides changing different fields of one object do not clash; any
 * other value, arrays included, is one field.
 */
public final class FieldDiff {

	/**
	 * One field across the versions; absent values are {@link MissingNode}.
	 *
	 * @param name the field's dotted path, as shown
	 * @param path the field names from the top-level object down to the field
	 * @param ancestor the ancestor's value, missing when absent or unknown
	 * @param values one value per sibling, in sibling order
	 * @param differs whether the siblings do not all hold the same value
	 * @param clash whether several siblings changed the field to different values
	 */
	public record Row(String name, List<String> path, JsonNode ancestor, List<JsonNode> values, boolean differs,
			boolean clash) {

		public Row {
			path = List.copyOf(path);
			values = List.copyOf(values);
		}
	}

	private final List<Row> rows;

	private FieldDiff(List<Row> rows) {
		this.rows = List.copyOf(rows);
	}

	/** Compares {@code siblings} without an ancestor. */
	public static FieldDiff of(List<ChangeEvent> siblings) {
		return of(siblings, Optional.empty());
	}

	/** Compares {@code siblings} against {@code ancestor}. */
	public static FieldDiff of(List<ChangeEvent> siblings, Optional<ChangeEvent> ancestor) {
		JsonNode base = ancestor.<JsonNode>map(event -> event.payload().toObjectNode())
				.orElse(MissingNode.getInstance());
		List<JsonNode> values = siblings.stream().<JsonNode>map(sibling -> sibling.payload().toObjectNode()).toList();
		List<Row> rows = new ArrayList<>();
		compareFields(List.of(), base, values, ancestor.isPresent(), rows);
		return new FieldDiff(rows);
	}

	/** Adds the rows of the fields of the objects {@code base} and {@code values}, all at {@code path}. */
	private static void compareFields(List<String> path, JsonNode base, List<JsonNode> values, boolean baseKnown,
			List<Row> rows) {
		Set<String> names = new LinkedHashSet<>();
		base.fieldNames().forEachRemaining(names::add);
		values.forEach(value -> value.fieldNames().forEachRemaining(names::add));
		for (String name : names) {
			List<String> fieldPath = new ArrayList<>(path);
			fieldPath.add(name);
			JsonNode fieldBase = base.path(name);
			List<JsonNode> fieldValues = values.stream().map(value -> value.path(name)).toList();
			if (fieldValues.stream().allMatch(FieldDiff::nonEmptyObject) && (!baseKnown || nonEmptyObject(fieldBase))) {
				compareFields(fieldPath, fieldBase, fieldValues, baseKnown, rows);
			} else {
				rows.add(row(fieldPath, fieldBase, fieldValues, baseKnown));
			}
		}
	}

	private static Row row(List<String> path, JsonNode base, List<JsonNode> values, boolean baseKnown) {
		boolean differs = values.stream().distinct().count() > 1;
		boolean clash = differs && (!baseKnown
				|| values.stream().filter(value -> !value.equals(base)).distinct().count() > 1);
		return new Row(String.join(".", path), path, base, values, differs, clash);
	}

	private static boolean nonEmptyObject(JsonNode node) {
		return node.isObject() && !node.isEmpty();
	}

	/** Every field, ancestor's first, then in sibling order. */
	public List<Row> rows() {
		return rows;
	}

	/** How many fields differ between the siblings. */
	public int differingCount() {
		return (int) rows.stream().filter(Row::differs).count();
	}

	/** How many fields clash. */
	public int clashCount() {
		return (int) rows.stream().filter(Row::clash).count();
	}
}
