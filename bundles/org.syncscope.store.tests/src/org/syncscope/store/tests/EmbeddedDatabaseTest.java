package org.syncscope.store.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;

import org.junit.jupiter.api.Test;
import org.syncscope.store.EmbeddedDatabase;
import org.syncscope.testing.TestOutput;

/** Embedded Derby inside OSGi: create, write, read, shut down cleanly, reopen. */
class EmbeddedDatabaseTest {

	@Test
	void writesReadsAndKeepsDataAcrossACleanShutdown() throws Exception {
		Path directory = TestOutput.scratchFolder("derby-").resolve("history");

		try (EmbeddedDatabase database = EmbeddedDatabase.open(directory);
				Connection connection = database.connect()) {
			try (Statement ddl = connection.createStatement()) {
				ddl.executeUpdate("CREATE TABLE samples (link VARCHAR(64) NOT NULL, lag_ms BIGINT NOT NULL)");
			}
			try (PreparedStatement insert = connection.prepareStatement("INSERT INTO samples VALUES (?, ?)")) {
				insert.setString(1, "eu-west->us-east");
				insert.setLong(2, 1_250);
				insert.executeUpdate();
			}
			assertEquals(1_250, lagOf(connection, "eu-west->us-east"));
		}
		assertTrue(Files.exists(directory.resolve("service.properties")), "database files are on disk");

		try (EmbeddedDatabase reopened = EmbeddedDatabase.open(directory);
				Connection connection = reopened.connect()) {
			assertEquals(1_250, lagOf(connection, "eu-west->us-east"));
		}
	}

	@Test
	void aClosedDatabaseRefusesNewConnections() throws Exception {
		EmbeddedDatabase database = EmbeddedDatabase.open(TestOutput.scratchFolder("derby-").resolve("closed"));
		database.close();
		database.close();

		SQLException error = assertThrows(SQLException.class, database::connect);
		assertTrue(error.getMessage().contains("closed"), error.getMessage());
	}

	private static long lagOf(Connection connection, String link) throws SQLException {
		try (PreparedStatement query = connection.prepareStatement("SELECT lag_ms FROM samples WHERE link = ?")) {
			query.setString(1, link);
			try (ResultSet rows = query.executeQuery()) {
				assertTrue(rows.next(), "a row for " + link);
				return rows.getLong(1);
			}
		}
	}
}
