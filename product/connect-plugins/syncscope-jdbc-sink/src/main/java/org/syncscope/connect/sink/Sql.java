package org.syncscope.connect.sink;

import java.util.List;
import java.util.stream.Collectors;

/** The PostgreSQL statements the sink runs, with quoted identifiers and one parameter per value. */
final class Sql {

	/** Marks the rest of the transaction's writes as begun in a region; the origin trigger reads it. */
	static final String SET_ORIGIN = "SELECT set_config('syncscope.origin', ?, true)";

	private Sql() {
	}

	/**
	 * {@code INSERT ... ON CONFLICT (key) DO UPDATE SET} every other column (or {@code DO NOTHING} when the key
	 * is all there is); parameters in the order of {@code columns}.
	 */
	static String upsert(String schema, String table, List<String> columns, List<String> key) {
		String updates = columns.stream().filter(column -> !key.contains(column))
				.map(column -> quote(column) + " = EXCLUDED." + quote(column)).collect(Collectors.joining(", "));
		return "INSERT INTO " + quote(schema) + "." + quote(table) + " ("
				+ columns.stream().map(Sql::quote).collect(Collectors.joining(", ")) + ") VALUES ("
				+ columns.stream().map(column -> "?").collect(Collectors.joining(", ")) + ") ON CONFLICT ("
				+ key.stream().map(Sql::quote).collect(Collectors.joining(", ")) + ") "
				+ (updates.isEmpty() ? "DO NOTHING" : "DO UPDATE SET " + updates);
	}

	/** {@code DELETE} by key; parameters in the order of {@code key}. */
	static String delete(String schema, String table, List<String> key) {
		return "DELETE FROM " + quote(schema) + "." + quote(table) + " WHERE "
				+ key.stream().map(column -> quote(column) + " = ?").collect(Collectors.joining(" AND "));
	}

	/** A double-quoted SQL identifier. */
	static String quote(String identifier) {
		return "\"" + identifier.replace("\"", "\"\"") + "\"";
	}
}
