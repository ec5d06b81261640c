package org.syncscope.jdbc.postgres;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Types;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.StringJoiner;

/**
 * Sets columns of one row, found by its key, in a PostgreSQL table: what writes a resolved conflict into a
 * database. Values travel as text of no declared type, so the server reads each as its column's type (numbers,
 * booleans, timestamps, JSON); a {@code null} value sets the column to NULL. Names are quoted, values bound.
 */
public final class RowUpdate {

	private RowUpdate() {
	}

	/**
	 * Sets {@code values} (column to value as text) in the row of {@code table} ({@code schema.table} or a
	 * table alone) whose key columns equal {@code key}; returns the number of rows changed (0: no such row).
	 */
	public static int update(Connection connection, String table, Map<String, String> key, Map<String, String> values)
			throws SQLException {
		if (key.isEmpty() || values.isEmpty()) {
			throw new IllegalArgumentException("A row update needs a key and a value: " + key + ", " + values);
		}
		StringJoiner set = new StringJoiner(", ");
		StringJoiner where = new StringJoiner(" AND ");
		List<String> parameters = new ArrayList<>();
		values.forEach((column, value) -> {
			set.add(Identifiers.quote(column) + " = ?");
			parameters.add(value);
		});
		key.forEach((column, value) -> {
			where.add(Identifiers.quote(column) + " = ?");
			parameters.add(value);
		});
		try (PreparedStatement update = connection
				.prepareStatement("UPDATE " + Identifiers.qualified(table) + " SET " + set + " WHERE " + where)) {
			for (int i = 0; i < parameters.size(); i++) {
				if (parameters.get(i) == null) {
					update.setNull(i + 1, Types.OTHER);
				} else {
					update.setObject(i + 1, parameters.get(i), Types.OTHER);
				}
			}
			return update.executeUpdate();
		}
	}
}
