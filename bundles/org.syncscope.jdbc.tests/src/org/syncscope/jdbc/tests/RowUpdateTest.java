package org.syncscope.jdbc.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.StringJoiner;

import org.junit.jupiter.api.Test;
import org.syncscope.jdbc.postgres.LocalPostgres;
import org.syncscope.jdbc.postgres.RowUpdate;
import org.syncscope.testing.TestOutput;

/**
 * A resolved row written into a real PostgreSQL table: the values, given as text, land in columns of their
 * own types (a number, a boolean, a timestamp, JSON, NULL), only in the row of the key (of two columns, one
 * of them text with a quote in it), in a schema and table whose names need quoting; no row, no change.
 */
class RowUpdateTest {

	@Test
	void valuesAsTextLandInTheirColumnsTypesInTheKeysRowOnly() throws Exception {
		try (LocalPostgres region = LocalPostgres.start(TestOutput.scratchFolder("pg-row-update-").resolve("data"))) {
			region.createDatabase("shop");
			try (Connection connection = region.connect("shop"); Statement statement = connection.createStatement()) {
				statement.execute("CREATE SCHEMA \"Sales\"");
				statement.execute("CREATE TABLE \"Sales\".\"order lines\" (tenant TEXT, id INT, qty INT, paid BOOLEAN,"
						+ " due TIMESTAMPTZ, extra JSONB, note TEXT, PRIMARY KEY (tenant, id))");
				statement.execute("INSERT INTO \"Sales\".\"order lines\" VALUES ('o''hara', 1, 1, false, now(), '{}',"
						+ " 'x'), ('o''hara', 2, 1, false, now(), '{}', 'y')");
				Map<String, String> values = new LinkedHashMap<>();
				values.put("qty", "42");
				values.put("paid", "true");
				values.put("due", "2026-12-07T10:00:00Z");
				values.put("extra", "{\"gift\": true}");
				values.put("note", null);

				assertEquals(1, RowUpdate.update(connection, "Sales.order lines", Map.of("tenant", "o'hara", "id", "1"),
						values));
				assertEquals(0, RowUpdate.update(connection, "Sales.order lines", Map.of("tenant", "o'hara", "id", "3"),
						values), "no such row");

				statement.execute("SET TIME ZONE 'UTC'");
				assertEquals("42|t|2026-12-07 10:00:00+00|{\"gift\": true}|null",
						row(statement, "qty, paid, due, extra, note", 1));
				assertEquals("1|f|{}|y", row(statement, "qty, paid, extra, note", 2), "the other row as it was");
			}
		}
	}

	private static String row(Statement statement, String columns, int id) throws Exception {
		try (ResultSet result = statement.executeQuery("SELECT " + columns + " FROM \"Sales\".\"order lines\""
				+ " WHERE id = " + id)) {
			result.next();
			StringJoiner values = new StringJoiner("|");
			for (int i = 1; i <= result.getMetaData().getColumnCount(); i++) {
				values.add(String.valueOf(result.getString(i)));
			}
			return values.toString();
		}
	}
}
