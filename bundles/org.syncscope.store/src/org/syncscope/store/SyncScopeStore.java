package org.syncscope.store;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;

import org.syncscope.store.audit.AuditLog;

/**
 * SyncScope's embedded store in a workspace: one Derby database holding metric history, conflicts and
 * resolutions, the outbox, the audit log, replay jobs and quarantined records. Opening it applies pending
 * forward migrations (and refuses a database from a newer SyncScope); every write goes through
 * {@link #inTransaction}, so a crash leaves either all of a change or none of it, and Derby's own recovery
 * survives a kill -9.
 */
public final class SyncScopeStore implements AutoCloseable {

	private final EmbeddedDatabase database;
	private final int schemaVersionBefore;

	private SyncScopeStore(EmbeddedDatabase database, int schemaVersionBefore) {
		this.database = database;
		this.schemaVersionBefore = schemaVersionBefore;
	}

	/** Derby's SQL state when another process has booted the database. */
	private static final String BOOTED_BY_ANOTHER_PROCESS = "XSDB6";

	/** The store of workspace {@code workspace}: {@code .syncscope/store} in it (the workbench's, the CLI's). */
	public static Path inWorkspace(Path workspace) {
		return workspace.resolve(".syncscope").resolve("store");
	}

	/**
	 * Opens (creating if needed) and migrates the store in {@code directory}.
	 *
	 * @throws StoreInUseException when another process (a running workbench) has the store open: embedded
	 *                             Derby lets one process use a database at a time
	 */
	public static SyncScopeStore open(Path directory) throws SQLException, StoreException {
		EmbeddedDatabase database;
		try {
			database = EmbeddedDatabase.open(directory);
		} catch (SQLException e) {
			if (bootedByAnotherProcess(e)) {
				throw new StoreInUseException("The store in " + directory + " is in use by another process (a running "
						+ "SyncScope workbench on this workspace?); only one process can open it at a time");
			}
			throw e;
		}
		try (Connection connection = database.connect()) {
			SyncScopeStore store = new SyncScopeStore(database, SchemaMigrations.migrate(connection));
			store.inTransaction(AuditLog::chainOlderRows);
			return store;
		} catch (SQLException | StoreException | RuntimeException e) {
			database.close();
			throw e;
		}
	}

	private static boolean bootedByAnotherProcess(SQLException error) {
		for (Throwable cause = error; cause != null; cause = cause.getCause()) {
			for (SQLException next = cause instanceof SQLException sql ? sql : null; next != null; next = next
					.getNextException()) {
				if (BOOTED_BY_ANOTHER_PROCESS.equals(next.getSQLState())) {
					return true;
				}
			}
		}
		return false;
	}

	/** The schema version this SyncScope writes. */
	public static int schemaVersion() {
		return SchemaMigrations.latestVersion();
	}

	/** The schema version the database had before this open migrated it (0 for a new store). */
	public int schemaVersionBefore() {
		return schemaVersionBefore;
	}

	/** Runs {@code work} in one transaction: committed when it returns, rolled back when it throws. */
	public <T> T inTransaction(SqlWork<T> work) throws SQLException {
		try (Connection connection = database.connect()) {
			connection.setAutoCommit(false);
			try {
				T result = work.run(connection);
				connection.commit();
				return result;
			} catch (SQLException | RuntimeException e) {
				connection.rollback();
				throw e;
			}
		}
	}

	/** Runs {@code work} for reading (auto-commit). */
	public <T> T read(SqlWork<T> work) throws SQLException {
		try (Connection connection = database.connect()) {
			return work.run(connection);
		}
	}

	/** Where the database lives. */
	public Path directory() {
		return database.directory();
	}

	/** Shuts the database down cleanly. */
	@Override
	public void close() throws SQLException {
		database.close();
	}
}
