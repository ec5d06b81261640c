package org.syncscope.store.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;

import org.junit.jupiter.api.Test;
import org.syncscope.store.EmbeddedDatabase;
import org.syncscope.store.SyncScopeStore;
import org.syncscope.store.audit.AuditTrailVerifier;
import org.syncscope.store.audit.AuditVerification;
import org.syncscope.testing.TestOutput;

/**
 * A store written by the first schema version is upgraded in place to the conflict console's schema, its audit
 * rows chained.
 */
class UpgradeFromV1Test {

	@Test
	void aVersionOneStoreGainsTheConsoleColumnsAndKeepsItsRows() throws Exception {
		Path directory = TestOutput.scratchFolder("store-v1-").resolve("db");
		try (EmbeddedDatabase database = EmbeddedDatabase.open(directory); Connection connection = database.connect();
				Statement statement = connection.createStatement()) {
			statement.execute("CREATE TABLE schema_version (version INT NOT NULL PRIMARY KEY, "
					+ "script VARCHAR(200) NOT NULL, applied_at BIGINT NOT NULL)");
			for (String sql : versionOneStatements()) {
				statement.execute(sql);
			}
			statement.execute("INSERT INTO schema_version VALUES (1, 'V1__initial.sql', 0)");
			statement.execute("INSERT INTO conflicts (link_id, record_key, detected_at, state, versions) "
					+ "VALUES ('l', 'k', 1, 'OPEN', '[]')");
			statement.execute("INSERT INTO audit_log (occurred_at, operator, action, link_id, record_key, reason) "
					+ "VALUES (1, 'ada', 'DEFER', 'l', 'k', 'written before the chain')");
			try (PreparedStatement outbox = connection.prepareStatement("INSERT INTO outbox (resolution_id, topic, "
					+ "record_key, record_value, state, created_at) VALUES ('r', 't', 'k', ?, 'PENDING', 1)")) {
				outbox.setBytes(1, new byte[] { 0 });
				outbox.executeUpdate();
			}
		}
		try (SyncScopeStore store = SyncScopeStore.open(directory)) {
			assertEquals(1, store.schemaVersionBefore());
			assertTrue(SyncScopeStore.schemaVersion() >= 2);
			assertEquals("k|0|0", store.read(connection -> {
				try (Statement statement = connection.createStatement();
						ResultSet rows = statement.executeQuery("SELECT c.record_key, c.version_count, o.attempts "
								+ "FROM conflicts c, outbox o WHERE o.record_key = c.record_key")) {
					rows.next();
					return rows.getString(1) + "|" + rows.getInt(2) + "|" + rows.getInt(3);
				}
			}));
			AuditVerification trail = store.read(AuditTrailVerifier::verify);
			assertTrue(trail.intact(), trail.summary());
			assertEquals(1, trail.rowsVerified(), "the row written before the chain is chained");
		}
	}

	private static String[] versionOneStatements() throws Exception {
		try (InputStream in = SyncScopeStore.class.getResourceAsStream("/db/V1__initial.sql")) {
			StringBuilder sql = new StringBuilder();
			for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
				if (!line.strip().startsWith("--")) {
					sql.append(line).append('\n');
				}
			}
			return java.util.Arrays.stream(sql.toString().split("\n;")).map(String::strip).filter(s -> !s.isEmpty())
					.toArray(String[]::new);
		}
	}
}
