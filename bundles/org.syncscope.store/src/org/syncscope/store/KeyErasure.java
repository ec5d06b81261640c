package org.syncscope.store;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.CallableStatement;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.List;

import org.syncscope.store.audit.AuditLog;

/**
 * Forget Key (erasure of a record key's personal data): deletes what the store captured of the key (its
 * conflicts with their versions and resolutions, its outbox records, its quarantined records) and erases the
 * key and values from the audit rows about it, which stay, verifiable by digests. {@link #compact} then
 * rewrites the tables, so the deleted bytes leave Derby's files.
 */
public final class KeyErasure {

	/** Derby's default {@code derby.storage.logSwitchInterval}, with a margin. */
	private static final int LOG_SWITCH_BYTES = 5 << 18;
	private static final int LOG_ROLL_ROW = 32_000;
	private static final List<String> TABLES = List.of("RESOLUTIONS", "CONFLICTS", "OUTBOX", "QUARANTINE",
			"AUDIT_LOG");

	/** What was erased, by kind. */
	public record Erased(int conflicts, int outboxRecords, int quarantined, int auditRows) {

		/** @return the counts in one line, for the audit trail (never the key or its data) */
		public String summary() {
			return "{\"conflicts\":" + conflicts + ",\"outboxRecords\":" + outboxRecords + ",\"quarantined\":"
					+ quarantined + ",\"auditRowsErased\":" + auditRows + "}";
		}
	}

	private KeyErasure() {
	}

	/** @return what stands for {@code key} where the key itself must not: {@code sha256:} and its hex digest */
	public static String fingerprint(String key) {
		try {
			return "sha256:" + HexFormat.of().formatHex(
					MessageDigest.getInstance("SHA-256").digest(key.getBytes(StandardCharsets.UTF_8)));
		} catch (NoSuchAlgorithmException e) {
			throw new IllegalStateException("every Java runtime has SHA-256", e);
		}
	}

	/** Erases {@code key}'s data inside the caller's transaction. */
	public static Erased erase(Connection connection, String key) throws SQLException {
		update(connection, "DELETE FROM resolutions WHERE conflict_id IN "
				+ "(SELECT id FROM conflicts WHERE record_key = ?)", key);
		int conflicts = update(connection, "DELETE FROM conflicts WHERE record_key = ?", key);
		int outbox = update(connection, "DELETE FROM outbox WHERE record_key = ?", key);
		int quarantined = deleteQuarantined(connection, key.getBytes(StandardCharsets.UTF_8));
		int audit = AuditLog.eraseKey(connection, key);
		return new Erased(conflicts, outbox, quarantined, audit);
	}

	/**
	 * Rewrites the tables erasure touches, then moves Derby's transaction log to a new file and checkpoints, so
	 * that deleted rows leave the data files and the log. Runs on a connection that commits each statement.
	 */
	public static void compact(Connection connection) throws SQLException {
		String schema = connection.getSchema();
		try (CallableStatement compress = connection.prepareCall("CALL SYSCS_UTIL.SYSCS_COMPRESS_TABLE(?, ?, 1)")) {
			for (String table : TABLES) {
				compress.setString(1, schema);
				compress.setString(2, table);
				compress.execute();
			}
		}
		rollTheLog(connection);
		try (CallableStatement checkpoint = connection.prepareCall("CALL SYSCS_UTIL.SYSCS_CHECKPOINT_DATABASE()")) {
			// the log file that held the erased rows is no longer needed after this checkpoint, and deleted
			checkpoint.execute();
			checkpoint.execute();
		}
	}

	/**
	 * Derby has no command to start a new log file: it starts one when the current one passes its switch
	 * interval (1 MB by default). A throw-away table written past that, then dropped, makes it switch.
	 */
	private static void rollTheLog(Connection connection) throws SQLException {
		String page = "0".repeat(LOG_ROLL_ROW);
		connection.setAutoCommit(false);
		try (Statement statement = connection.createStatement()) {
			statement.execute("CREATE TABLE syncscope_log_roll (filler VARCHAR(" + LOG_ROLL_ROW + "))");
			try (PreparedStatement insert = connection.prepareStatement("INSERT INTO syncscope_log_roll VALUES (?)")) {
				for (int written = 0; written < LOG_SWITCH_BYTES; written += LOG_ROLL_ROW) {
					insert.setString(1, page);
					insert.executeUpdate();
				}
			}
			statement.execute("DROP TABLE syncscope_log_roll");
			connection.commit();
		} catch (SQLException e) {
			connection.rollback();
			throw e;
		} finally {
			connection.setAutoCommit(true);
		}
	}

	private static int update(Connection connection, String sql, String key) throws SQLException {
		try (PreparedStatement statement = connection.prepareStatement(sql)) {
			statement.setString(1, key);
			return statement.executeUpdate();
		}
	}

	/** Quarantined keys are raw bytes (Derby cannot compare BLOBs): matched here. */
	private static int deleteQuarantined(Connection connection, byte[] key) throws SQLException {
		List<Long> ids = new ArrayList<>();
		try (PreparedStatement select = connection.prepareStatement("SELECT id, record_key FROM quarantine");
				ResultSet rows = select.executeQuery()) {
			while (rows.next()) {
				byte[] recordKey = rows.getBytes(2);
				if (recordKey != null && Arrays.equals(recordKey, key)) {
					ids.add(rows.getLong(1));
				}
			}
		}
		try (PreparedStatement delete = connection.prepareStatement("DELETE FROM quarantine WHERE id = ?")) {
			for (long id : ids) {
				delete.setLong(1, id);
				delete.executeUpdate();
			}
		}
		return ids.size();
	}
}
