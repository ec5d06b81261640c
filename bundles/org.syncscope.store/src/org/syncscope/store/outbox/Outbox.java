package org.syncscope.store.outbox;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * The transactional outbox: a decision and the record announcing it are committed together, a publisher
 * sends pending rows afterwards and marks them sent. A crash between commit and send leaves the row pending,
 * and the next start sends it. Every method works inside the caller's transaction.
 */
public final class Outbox {

	/** Committed, not yet acknowledged by Kafka. */
	public static final String PENDING = "PENDING";
	/** Acknowledged by Kafka. */
	public static final String SENT = "SENT";

	private Outbox() {
	}

	/** Adds a pending record; returns its row id. */
	public static long add(Connection connection, String resolutionId, String clusterId, String topic, String key,
			byte[] value, Instant now) throws SQLException {
		try (PreparedStatement insert = connection.prepareStatement(
				"INSERT INTO outbox (resolution_id, cluster_id, topic, record_key, record_value, state, created_at) "
						+ "VALUES (?, ?, ?, ?, ?, ?, ?)",
				Statement.RETURN_GENERATED_KEYS)) {
			insert.setString(1, resolutionId);
			insert.setString(2, clusterId);
			insert.setString(3, topic);
			insert.setString(4, key);
			insert.setBytes(5, value);
			insert.setString(6, PENDING);
			insert.setLong(7, now.toEpochMilli());
			insert.executeUpdate();
			try (ResultSet keys = insert.getGeneratedKeys()) {
				keys.next();
				return keys.getLong(1);
			}
		}
	}

	/** The pending records, oldest first. */
	public static List<OutboxEntry> pending(Connection connection) throws SQLException {
		return select(connection, "WHERE state = '" + PENDING + "' ORDER BY id");
	}

	/** Every record of {@code resolutionId}. */
	public static List<OutboxEntry> ofResolution(Connection connection, String resolutionId) throws SQLException {
		try (PreparedStatement query = connection.prepareStatement(SELECT + "WHERE resolution_id = ? ORDER BY id")) {
			query.setString(1, resolutionId);
			return read(query);
		}
	}

	/** Marks row {@code id} sent at {@code now}. */
	public static void markSent(Connection connection, long id, Instant now) throws SQLException {
		try (PreparedStatement update = connection
				.prepareStatement("UPDATE outbox SET state = ?, sent_at = ?, last_error = NULL WHERE id = ?")) {
			update.setString(1, SENT);
			update.setLong(2, now.toEpochMilli());
			update.setLong(3, id);
			update.executeUpdate();
		}
	}

	/** Records a failed attempt on row {@code id}; it stays pending. */
	public static void markFailed(Connection connection, long id, String error) throws SQLException {
		try (PreparedStatement update = connection
				.prepareStatement("UPDATE outbox SET attempts = attempts + 1, last_error = ? WHERE id = ?")) {
			update.setString(1, error.length() > 2000 ? error.substring(0, 2000) : error);
			update.setLong(2, id);
			update.executeUpdate();
		}
	}

	private static final String SELECT = "SELECT id, resolution_id, cluster_id, topic, record_key, record_value, "
			+ "state, created_at, attempts FROM outbox ";

	private static List<OutboxEntry> select(Connection connection, String where) throws SQLException {
		try (PreparedStatement query = connection.prepareStatement(SELECT + where)) {
			return read(query);
		}
	}

	private static List<OutboxEntry> read(PreparedStatement query) throws SQLException {
		List<OutboxEntry> entries = new ArrayList<>();
		try (ResultSet rows = query.executeQuery()) {
			while (rows.next()) {
				entries.add(new OutboxEntry(rows.getLong(1), rows.getString(2), rows.getString(3), rows.getString(4),
						rows.getString(5), rows.getBytes(6), rows.getString(7), Instant.ofEpochMilli(rows.getLong(8)),
						rows.getInt(9)));
			}
		}
		return entries;
	}
}
