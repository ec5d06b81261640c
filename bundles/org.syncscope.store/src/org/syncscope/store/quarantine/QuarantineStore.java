package org.syncscope.store.quarantine;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

import org.syncscope.store.SyncScopeStore;
import org.syncscope.store.audit.AuditEntry;
import org.syncscope.store.audit.AuditLog;

/**
 * The quarantined records of the workspace's store, so that nothing refused is lost across restarts: kept
 * per change log up to a bound ({@value #DEFAULT_PER_TOPIC} by default; the oldest go first), listed newest
 * first by change log and reason, and cleared only with a reason, in the same transaction as its audit row.
 */
public final class QuarantineStore {

	/** Records kept per change log unless told otherwise. */
	public static final int DEFAULT_PER_TOPIC = 10_000;
	/** The audit action of a clearing. */
	public static final String CLEAR_ACTION = "CLEAR_QUARANTINE";

	private static final String COLUMNS = "id, topic, record_partition, record_offset, record_key, record_value, "
			+ "reason, quarantined_at";

	private final SyncScopeStore store;
	private final int perTopic;

	/** The quarantine of {@code store}, keeping at most {@code perTopic} records per change log. */
	public QuarantineStore(SyncScopeStore store, int perTopic) {
		if (perTopic < 1) {
			throw new IllegalArgumentException("perTopic must be positive: " + perTopic);
		}
		this.store = store;
		this.perTopic = perTopic;
	}

	/** Stores {@code entries} (their ids are ignored), then drops what exceeds the bound of their change logs. */
	public void append(Collection<QuarantineEntry> entries) throws SQLException {
		if (entries.isEmpty()) {
			return;
		}
		store.inTransaction(connection -> {
			try (PreparedStatement insert = connection.prepareStatement("INSERT INTO quarantine (topic, "
					+ "record_partition, record_offset, record_key, record_value, reason, quarantined_at) "
					+ "VALUES (?, ?, ?, ?, ?, ?, ?)")) {
				for (QuarantineEntry entry : entries) {
					insert.setString(1, entry.topic());
					insert.setInt(2, entry.partition());
					insert.setLong(3, entry.offset());
					insert.setBytes(4, entry.key());
					insert.setBytes(5, entry.value());
					insert.setString(6, clip(entry.reason()));
					insert.setLong(7, entry.quarantinedAt().toEpochMilli());
					insert.addBatch();
				}
				insert.executeBatch();
			}
			Set<String> topics = new TreeSet<>();
			entries.forEach(entry -> topics.add(entry.topic()));
			for (String topic : topics) {
				trim(connection, topic);
			}
			return null;
		});
	}

	/**
	 * The newest {@code limit} records of {@code topics} (all when empty) whose reason code is {@code reasonCode}
	 * (any when empty), newest first.
	 */
	public List<QuarantineEntry> list(Set<String> topics, String reasonCode, int limit) throws SQLException {
		return store.read(connection -> {
			List<QuarantineEntry> found = new ArrayList<>();
			try (PreparedStatement query = connection.prepareStatement(
					"SELECT " + COLUMNS + " FROM quarantine" + where(topics) + " ORDER BY id DESC")) {
				bind(query, topics);
				try (ResultSet rows = query.executeQuery()) {
					while (rows.next() && found.size() < limit) {
						QuarantineEntry entry = entry(rows);
						if (reasonCode.isEmpty() || entry.reasonCode().equals(reasonCode)) {
							found.add(entry);
						}
					}
				}
			}
			return found;
		});
	}

	/**
	 * Deletes the records of {@code topics} (all when empty) and audits it, both or neither; returns how many
	 * were deleted.
	 *
	 * @param linkId the link the operator cleared for, or empty for all
	 */
	public int clear(Set<String> topics, String linkId, String operator, String reason) throws SQLException {
		if (reason == null || reason.isBlank()) {
			throw new IllegalArgumentException("Clearing the quarantine needs a reason");
		}
		return store.inTransaction(connection -> {
			int deleted;
			try (PreparedStatement delete = connection.prepareStatement("DELETE FROM quarantine" + where(topics))) {
				bind(delete, topics);
				deleted = delete.executeUpdate();
			}
			String scope = topics.isEmpty() ? "all change logs" : String.join(", ", new TreeSet<>(topics));
			AuditLog.append(connection, new AuditEntry(0, Instant.now(), operator, CLEAR_ACTION, linkId, "", 0,
					deleted + " quarantined records of " + scope, "", reason));
			return deleted;
		});
	}

	private void trim(Connection connection, String topic) throws SQLException {
		try (PreparedStatement oldestKept = connection.prepareStatement("SELECT id FROM quarantine WHERE topic = ? "
				+ "ORDER BY id DESC OFFSET ? ROWS FETCH NEXT 1 ROWS ONLY")) {
			oldestKept.setString(1, topic);
			oldestKept.setInt(2, perTopic - 1);
			try (ResultSet row = oldestKept.executeQuery()) {
				if (!row.next()) {
					return;
				}
				try (PreparedStatement delete = connection
						.prepareStatement("DELETE FROM quarantine WHERE topic = ? AND id < ?")) {
					delete.setString(1, topic);
					delete.setLong(2, row.getLong(1));
					delete.executeUpdate();
				}
			}
		}
	}

	private static String where(Set<String> topics) {
		return topics.isEmpty() ? "" : " WHERE topic IN (" + String.join(", ", topics.stream().map(t -> "?").toList()) + ")";
	}

	private static void bind(PreparedStatement statement, Set<String> topics) throws SQLException {
		int index = 1;
		for (String topic : topics) {
			statement.setString(index++, topic);
		}
	}

	private static QuarantineEntry entry(ResultSet rows) throws SQLException {
		return new QuarantineEntry(rows.getLong(1), rows.getString(2), rows.getInt(3), rows.getLong(4),
				rows.getBytes(5), rows.getBytes(6), rows.getString(7), Instant.ofEpochMilli(rows.getLong(8)));
	}

	private static String clip(String reason) {
		return reason.length() <= 2000 ? reason : reason.substring(0, 1999) + "…";
	}
}
