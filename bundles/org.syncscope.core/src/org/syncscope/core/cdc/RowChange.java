package org.syncscope.core.cdc;

import java.util.Iterator;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * One row change decoded from a Debezium change event: the operation, the row's key (a stable text of the
 * table and its key columns, the same in every region), the row before and after the change where the event
 * carries them, and the event's source block.
 */
public record RowChange(RowOperation operation, String key, Optional<ObjectNode> before, Optional<ObjectNode> after,
		SourceInfo source) {

	/**
	 * What PostgreSQL's connector writes for an unchanged TOASTed column when the table's replica identity is
	 * not FULL: not a value, so never a change and never a conflict.
	 */
	public static final String UNAVAILABLE_VALUE = "__debezium_unavailable_value";

	public RowChange {
		Objects.requireNonNull(operation, "operation");
		Objects.requireNonNull(key, "key");
		Objects.requireNonNull(before, "before");
		Objects.requireNonNull(after, "after");
		Objects.requireNonNull(source, "source");
	}

	/** Whether {@code value} is Debezium's placeholder for a value it does not have. */
	public static boolean isUnavailable(JsonNode value) {
		return value != null && value.isTextual() && UNAVAILABLE_VALUE.equals(value.asText());
	}

	/**
	 * The columns whose value the change sets to something else: for an update those that differ between
	 * before and after (a placeholder on either side is no difference), for an insert or read all columns of
	 * the row after, for a delete none.
	 */
	public Set<String> changedColumns() {
		Set<String> changed = new TreeSet<>();
		if (after.isEmpty()) {
			return changed;
		}
		ObjectNode row = after.get();
		for (Iterator<String> names = row.fieldNames(); names.hasNext();) {
			String column = names.next();
			JsonNode now = row.get(column);
			if (isUnavailable(now)) {
				continue;
			}
			JsonNode was = before.map(previous -> previous.get(column)).orElse(null);
			if (before.isEmpty() || (!isUnavailable(was) && !now.equals(was))) {
				changed.add(column);
			}
		}
		return changed;
	}
}
