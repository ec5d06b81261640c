package org.syncscope.store.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.syncscope.store.EmbeddedDatabase;
import org.syncscope.store.StoreException;
import org.syncscope.store.SyncScopeStore;
import org.syncscope.testing.TestOutput;

/** The store's versioned schema: created fresh, upgraded in place, refused when newer, transactions atomic. */
class SchemaMigrationTest {

	private static final List<String> TABLES = List.of("METRIC_SAMPLES", "CONFLICTS", "RESOLUTIONS", "OUTBOX",
			"AUDIT_LOG", "REPLAY_JOBS", "QUARANTINE");

	@Test
	void aNewStoreGetsEveryTableAtTheLatestVersion() throws Exception {
		try (SyncScopeStore store = SyncScopeStore.open(TestOutput.scratchFolder("store-").resolve("db"))) {
			assertEquals(0, store.schemaVersionBefore());
			for (String table : TABLES) {
				assertTrue(store.read(connection -> tableExists(connection, table)), table + " exists");
			}
		}
	}

	@Test
	void anOlderStoreIsUpgradedInPlaceKeepingItsData() throws Exception {
		Path directory = TestOutput.scratchFolder("store-").resolve("db");
		try (EmbeddedDatabase older = EmbeddedDatabase.open(directory); Connection connection = older.connect();
				Statement statement = connection.createStatement()) {
			statement.execute("CREATE TABLE operator_notes (note VARCHAR(100))");
			statement.execute("INSERT INTO operator_notes VALUES ('kept')");
		}
		try (SyncScopeStore store = SyncScopeStore.open(directory)) {
			assertEquals(0, store.schemaVersionBefore());
			assertTrue(store.read(connection -> tableExists(connection, "AUDIT_LOG")));
			assertEquals("kept", store.read(connection -> {
				try (Statement statement = connection.createStatement();
						ResultSet rows = statement.executeQuery("SELECT note FROM operator_notes")) {
					rows.next();
					return rows.getString(1);
				}
			}));
		}
		try (SyncScopeStore reopened = SyncScopeStore.open(directory)) {
			assertEquals(SyncScopeStore.schemaVersion(), reopened.schemaVersionBefore(), "nothing left to migrate");
		}
	}

	@Test
	void aStoreFromANewerSyncScopeIsRefusedWithAClearMessage() throws Exception {
		Path directory = TestOutput.scratchFolder("store-").resolve("db");
		SyncScopeStore.open(directory).close();
		try (EmbeddedDatabase database = EmbeddedDatabase.open(directory); Connection connection = database.connect();
				Statement statement = connection.createStatement()) {
			statement.execute("INSERT INTO schema_version VALUES (99, 'V99__future.sql', 0)");
		}
		StoreException refused = assertThrows(StoreException.class, () -> SyncScopeStore.open(directory));
		assertTrue(refused.getMessage().contains("newer SyncScope") && refused.getMessage().contains("99"),
				refused.getMessage());
	}

	@Test
	void aFailedTransactionLeavesNothingBehind() throws Exception {
		try (SyncScopeStore store = SyncScopeStore.open(TestOutput.scratchFolder("store-").resolve("db"))) {
			assertThrows(IllegalStateException.class, () -> store.inTransaction(connection -> {
				try (Statement statement = connection.createStatement()) {
					statement.executeUpdate("INSERT INTO audit_log (occurred_at, operator, action, reason) "
							+ "VALUES (1, 'ops', 'RESOLVE', 'first half')");
				}
				throw new IllegalStateException("crash between the two writes");
			}));
			assertEquals(0, store.read(connection -> {
				try (Statement statement = connection.createStatement();
						ResultSet rows = statement.executeQuery("SELECT COUNT(*) FROM audit_log")) {
					rows.next();
					return rows.getInt(1);
				}
			}));
		}
	}

	private static boolean tableExists(Connection connection, String table) throws java.sql.SQLException {
		try (ResultSet tables = connection.getMetaData().getTables(null, null, table, null)) {
			return tables.next();
		}
	}
}
