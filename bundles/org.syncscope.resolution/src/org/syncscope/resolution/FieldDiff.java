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
 * The siblings of a conflict compared top-level field by field, with the ancestor's value where it is known:
 * which fields differ, and which are a real clash (changed differently by several sides; without an ancestor
 * every difference counts as one, because who changed what cannot be told).
 */
public final class FieldDiff {

	/**
	 * One field across the versions; absent values are {@link MissingNode}.
	 *
	 * @param name the field name
	 * @param ancestor the ancestor's value, missing when absent or unknown
	 * @param values one value per sibling, in sibling order
	 * @param differs whether the siblings do not all hold the same value
	 * @param clash whether several siblings changed the field to different values
	 */
	public record Row(String name, JsonNode ancestor, List<JsonNode> values, boolean differs, boolean clash) {

		public Row {
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
		Set<String> names = new LinkedHashSet<>();
		ancestor.ifPresent(base -> names.addAll(base.payload().fieldNames()));
		siblings.forEach(sibling -> names.addAll(sibling.payload().fieldNames()));
		List<Row> rows = new ArrayList<>();
		for (String name : names) {
			JsonNode base = ancestor.flatMap(event -> event.payload().field(name)).orElse(MissingNode.getInstance());
			List<JsonNode> values = new ArrayList<>();
			for (ChangeEvent sibling : siblings) {
				values.add(sibling.payload().field(name).orElse(MissingNode.getInstance()));
			}
			boolean differs = values.stream().distinct().count() > 1;
			boolean clash = differs && (ancestor.isEmpty()
					|| values.stream().filter(value -> !value.equals(base)).distinct().count() > 1);
			rows.add(new Row(name, base, values, differs, clash));
		}
		return new FieldDiff(rows);
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
