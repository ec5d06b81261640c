package org.syncscope.resolution;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.syncscope.core.event.ChangeEvent;

/**
 * The {@code conflicts} table: one row per conflict of a key on a link, from detection to closing. A key has
 * at most one row that is not {@link ConflictState#CLOSED}; a sibling joining it updates that row. Every
 * method works inside the caller's transaction.
 */
final class ConflictRecords {

	private static final String COLUMNS = "id, link_id, record_key, detected_at, state, versions, ancestor, "
			+ "differing_fields, state_reason, version_count";

	private ConflictRecords() {
	}

	/** Records a detected conflict (or its grown sibling list); returns its row id. */
	static long upsert(Connection connection, String linkId, String key, Instant detectedAt, List<ChangeEvent> siblings,
			int versionCount, Optional<ChangeEvent> ancestor, Instant now) throws SQLException {
		Optional<StoredConflict> existing = current(connection, linkId, key);
		String versions = EventsJson.write(siblings);
		String ancestorJson = ancestor.map(event -> EventsJson.write(List.of(event))).orElse(null);
		String replicas = String.join(",", siblings.stream().map(ChangeEvent::origin).distinct().toList());
		int differing = FieldDiff.of(siblings).differingCount();
		if (existing.isPresent()) {
			StoredConflict stored = existing.get();
			ConflictState state = stored.state() == ConflictState.RESOLVED ? ConflictState.OPEN : stored.state();
			try (PreparedStatement update = connection.prepareStatement("UPDATE conflicts SET versions = ?, "
					+ "ancestor = ?, replicas = ?, differing_fields = ?, updated_at = ?, state = ?, state_reason = ?, "
					+ "version_count = ? WHERE id = ?")) {
				update.setString(1, versions);
				update.setString(2, ancestorJson != null ? ancestorJson : stored.ancestor()
						.map(event -> EventsJson.write(List.of(event))).orElse(null));
				update.setString(3, replicas);
				update.setInt(4, differing);
				update.setLong(5, now.toEpochMilli());
				update.setString(6, state.name());
				update.setString(7, state == stored.state() ? stored.stateReason()
						: "a new concurrent version arrived after the resolution");
				update.setInt(8, versionCount);
				update.setLong(9, stored.id());
				update.executeUpdate();
			}
			return stored.id();
		}
		try (PreparedStatement insert = connection.prepareStatement("INSERT INTO conflicts (link_id, record_key, "
				+ "detected_at, state, versions, ancestor, replicas, differing_fields, updated_at, state_reason, "
				+ "version_count) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)", Statement.RETURN_GENERATED_KEYS)) {
			insert.setString(1, linkId);
			insert.setString(2, key);
			insert.setLong(3, detectedAt.toEpochMilli());
			insert.setString(4, ConflictState.OPEN.name());
			insert.setString(5, versions);
			insert.setString(6, ancestorJson);
			insert.setString(7, replicas);
			insert.setInt(8, differing);
			insert.setLong(9, now.toEpochMilli());
			insert.setString(10, versionCount > siblings.size()
					? (versionCount - siblings.size()) + " older version(s) no longer in the reader's window" : "");
			insert.setInt(11, versionCount);
			insert.executeUpdate();
			try (ResultSet keys = insert.getGeneratedKeys()) {
				keys.next();
				return keys.getLong(1);
			}
		}
	}

	/** The row of {@code key} on {@code linkId} that is not closed, if any. */
	static Optional<StoredConflict> current(Connection connection, String linkId, String key) throws SQLException {
		try (PreparedStatement query = connection.prepareStatement("SELECT " + COLUMNS
				+ " FROM conflicts WHERE link_id = ? AND record_key = ? AND state <> 'CLOSED' ORDER BY id DESC")) {
			query.setString(1, linkId);
			query.setString(2, key);
			List<StoredConflict> rows = read(query);
			return rows.isEmpty() ? Optional.empty() : Optional.of(rows.get(0));
		}
	}

	/** Conflict {@code id}, if it exists; {@code forUpdate} locks the row until the transaction ends. */
	static Optional<StoredConflict> get(Connection connection, long id, boolean forUpdate) throws SQLException {
		try (PreparedStatement query = connection.prepareStatement(
				"SELECT " + COLUMNS + " FROM conflicts WHERE id = ?" + (forUpdate ? " FOR UPDATE" : ""))) {
			query.setLong(1, id);
			List<StoredConflict> rows = read(query);
			return rows.isEmpty() ? Optional.empty() : Optional.of(rows.get(0));
		}
	}

	/** Conflicts in any of {@code states}, oldest first. */
	static List<StoredConflict> inStates(Connection connection, List<ConflictState> states) throws SQLException {
		if (states.isEmpty()) {
			return List.of();
		}
		StringBuilder sql = new StringBuilder("SELECT " + COLUMNS + " FROM conflicts WHERE state IN (");
		for (int i = 0; i < states.size(); i++) {
			sql.append(i == 0 ? "?" : ", ?");
		}
		sql.append(") ORDER BY detected_at, id");
		try (PreparedStatement query = connection.prepareStatement(sql.toString())) {
			for (int i = 0; i < states.size(); i++) {
				query.setString(i + 1, states.get(i).name());
			}
			return read(query);
		}
	}

	/** Moves conflict {@code id} to {@code state}; closing also stamps the time. */
	static void setState(Connection connection, long id, ConflictState state, String reason, Instant now)
			throws SQLException {
		try (PreparedStatement update = connection.prepareStatement("UPDATE conflicts SET state = ?, state_reason = ?, "
				+ "updated_at = ?, closed_at = ? WHERE id = ?")) {
			update.setString(1, state.name());
			update.setString(2, reason.length() > 2000 ? reason.substring(0, 2000) : reason);
			update.setLong(3, now.toEpochMilli());
			if (state == ConflictState.CLOSED || state == ConflictState.RESOLVED) {
				update.setLong(4, now.toEpochMilli());
			} else {
				update.setNull(4, java.sql.Types.BIGINT);
			}
			update.setLong(5, id);
			update.executeUpdate();
		}
	}

	private static List<StoredConflict> read(PreparedStatement query) throws SQLException {
		List<StoredConflict> conflicts = new ArrayList<>();
		try (ResultSet rows = query.executeQuery()) {
			while (rows.next()) {
				List<ChangeEvent> siblings = EventsJson.read(rows.getString(6));
				List<ChangeEvent> ancestor = EventsJson.read(rows.getString(7));
				int versionCount = Math.max(siblings.size(), rows.getInt(10));
				conflicts.add(new StoredConflict(rows.getLong(1), rows.getString(2), rows.getString(3),
						Instant.ofEpochMilli(rows.getLong(4)), ConflictState.valueOf(rows.getString(5)), siblings,
						versionCount, ancestor.stream().findFirst(), rows.getString(9)));
			}
		}
		return conflicts;
	}
}
