package org.syncscope.store;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;

/**
 * Brings a store's schema to the version this SyncScope knows, applying the forward migrations
 * {@code db/V<n>__<name>.sql} in order, each in its own transaction. A database written by a newer SyncScope
 * (a higher version than {@link #MIGRATIONS} knows) is refused rather than touched.
 */
final class SchemaMigrations {

	/** The migrations, oldest first; version n is the n-th entry. Append, never edit a released one. */
	static final List<String> MIGRATIONS = List.of("V1__initial.sql", "V2__conflicts.sql", "V3__quarantine.sql",
			"V4__estimated_lag.sql", "V5__slot_lag.sql", "V6__audit_chain.sql", "V7__erasure.sql",
			"V8__payload_retention.sql");

	private static final String SEPARATOR = "\n;";

	private SchemaMigrations() {
	}

	/** The schema version this code knows. */
	static int latestVersion() {
		return MIGRATIONS.size();
	}

	/** Migrates {@code connection}'s database; returns the version it was at before. */
	static int migrate(Connection connection) throws SQLException, StoreException {
		ensureVersionTable(connection);
		int current = currentVersion(connection);
		if (current > latestVersion()) {
			throw new StoreException("This store was written by a newer SyncScope (schema version " + current
					+ "); this version knows schema versions up to " + latestVersion()
					+ ". Open it with the newer SyncScope or choose another workspace.");
		}
		boolean autoCommit = connection.getAutoCommit();
		connection.setAutoCommit(false);
		try {
			for (int version = current + 1; version <= latestVersion(); version++) {
				apply(connection, version, MIGRATIONS.get(version - 1));
			}
		} finally {
			connection.setAutoCommit(autoCommit);
		}
		return current;
	}

	private static void apply(Connection connection, int version, String script) throws SQLException {
		try (Statement statement = connection.createStatement()) {
			for (String sql : statements(script)) {
				statement.execute(sql);
			}
			try (PreparedStatement record = connection.prepareStatement(
					"INSERT INTO schema_version (version, script, applied_at) VALUES (?, ?, ?)")) {
				record.setInt(1, version);
				record.setString(2, script);
				record.setLong(3, System.currentTimeMillis());
				record.executeUpdate();
			}
			connection.commit();
		} catch (SQLException e) {
			connection.rollback();
			throw new SQLException("Migration " + script + " failed and was rolled back: " + e.getMessage(),
					e.getSQLState(), e);
		}
	}

	static List<String> statements(String script) {
		String text = read(script);
		List<String> statements = new ArrayList<>();
		for (String block : text.split(SEPARATOR)) {
			StringBuilder sql = new StringBuilder();
			for (String line : block.split("\n")) {
				if (!line.strip().startsWith("--")) {
					sql.append(line).append('\n');
				}
			}
			if (!sql.toString().isBlank()) {
				statements.add(sql.toString().strip());
			}
		}
		return statements;
	}

	private static String read(String script) {
		try (InputStream in = SchemaMigrations.class.getResourceAsStream("/db/" + script)) {
			if (in == null) {
				throw new IllegalStateException("Migration db/" + script + " is missing from the store bundle");
			}
			return new String(in.readAllBytes(), StandardCharsets.UTF_8).replace("\r\n", "\n");
		} catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}

	private static void ensureVersionTable(Connection connection) throws SQLException {
		try (ResultSet tables = connection.getMetaData().getTables(null, null, "SCHEMA_VERSION", null)) {
			if (tables.next()) {
				return;
			}
		}
		try (Statement statement = connection.createStatement()) {
			statement.execute("CREATE TABLE schema_version (version INT NOT NULL PRIMARY KEY, "
					+ "script VARCHAR(200) NOT NULL, applied_at BIGINT NOT NULL)");
		}
	}

	static int currentVersion(Connection connection) throws SQLException {
		try (Statement statement = connection.createStatement();
				ResultSet rows = statement.executeQuery("SELECT MAX(version) FROM schema_version")) {
			rows.next();
			return rows.getInt(1);
		}
	}
}
