package org.syncscope.jdbc.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;

import org.junit.jupiter.api.Test;
import org.syncscope.jdbc.postgres.LocalPostgres;
import org.syncscope.jdbc.postgres.OriginStamp;
import org.syncscope.testing.TestOutput;

/**
 * The origin stamp on a real PostgreSQL table: a local writer's insert and update are stamped with the
 * database's region, a replicated write (the session names its origin) keeps the origin it came with, and
 * installing twice changes nothing.
 */
class OriginStampTest {

	@Test
	void localWritesGetTheRegionAndReplicatedWritesKeepTheirOrigin() throws Exception {
		try (LocalPostgres us = LocalPostgres.start(TestOutput.scratchFolder("pg-origin-").resolve("data"))) {
			us.createDatabase("shop");
			try (Connection connection = us.connect("shop"); Statement statement = connection.createStatement()) {
				statement.execute("CREATE TABLE customers (id INT PRIMARY KEY, name TEXT)");
				OriginStamp.install(connection, "us", "public", "customers");
				OriginStamp.install(connection, "us", "public", "customers");

				statement.execute("INSERT INTO customers (id, name) VALUES (1, 'Ada')");
				assertEquals("us", origin(statement, 1));

				connection.setAutoCommit(false);
				statement.execute("SELECT set_config('" + OriginStamp.SETTING + "', 'eu', true)");
				statement.execute("UPDATE customers SET name = 'Ada L.' WHERE id = 1");
				statement.execute("INSERT INTO customers (id, name, " + OriginStamp.COLUMN + ") VALUES (2, 'Bo', 'us')");
				connection.commit();
				assertEquals("eu", origin(statement, 1));
				assertEquals("eu", origin(statement, 2), "the session's origin wins over a written value");

				statement.execute("UPDATE customers SET name = 'Ada' WHERE id = 1");
				connection.commit();
				assertEquals("us", origin(statement, 1), "the setting ended with its transaction");
				assertEquals("f", single(statement, "SELECT relreplident FROM pg_class WHERE relname = 'customers'"));
			}
		}
	}

	private static String origin(Statement statement, int id) throws Exception {
		return single(statement, "SELECT " + OriginStamp.COLUMN + " FROM customers WHERE id = " + id);
	}

	private static String single(Statement statement, String query) throws Exception {
		try (ResultSet result = statement.executeQuery(query)) {
			result.next();
			return result.getString(1);
		}
	}
}
