package org.syncscope.store.audit;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The append-only audit trail in the store. Entries are appended inside the transaction of the change they
 * describe, so the trail never claims a change that was rolled back nor misses one that was committed.
 */
public final class AuditLog {

	private static final int MAX_TEXT = 2000;

	private AuditLog() {
	}

	/** Appends {@code entry} (its id is ignored). */
	public static void append(Connection connection, AuditEntry entry) throws SQLException {
		try (PreparedStatement insert = connection.prepareStatement("INSERT INTO audit_log (occurred_at, operator, "
				+ "action, link_id, record_key, conflict_id, before_value, after_value, reason) "
				+ "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
			insert.setLong(1, entry.occurredAt().toEpochMilli());
			insert.setString(2, entry.operator());
			insert.setString(3, entry.action());
			insert.setString(4, entry.linkId());
			insert.setString(5, entry.key());
			insert.setLong(6, entry.conflictId());
			insert.setString(7, entry.before());
			insert.setString(8, entry.after());
			insert.setString(9, clip(entry.reason()));
			insert.executeUpdate();
		}
	}

	/** The entries matching {@code query}, newest first. */
	public static List<AuditEntry> query(Connection connection, AuditQuery query) throws SQLException {
		StringBuilder sql = new StringBuilder("SELECT id, occurred_at, operator, action, link_id, record_key, "
				+ "conflict_id, before_value, after_value, reason FROM audit_log WHERE 1 = 1");
		List<String> parameters = new ArrayList<>();
		if (!query.linkId().isEmpty()) {
			sql.append(" AND link_id = ?");
			parameters.add(query.linkId());
		}
		if (!query.action().isEmpty()) {
			sql.append(" AND action = ?");
			parameters.add(query.action());
		}
		if (!query.text().isEmpty()) {
			sql.append(" AND (LOWER(record_key) LIKE ? OR LOWER(reason) LIKE ? OR LOWER(operator) LIKE ?)");
			String like = "%" + query.text().toLowerCase(Locale.ROOT) + "%";
			parameters.add(like);
			parameters.add(like);
			parameters.add(like);
		}
		sql.append(" ORDER BY occurred_at DESC, id DESC");
		try (PreparedStatement select = connection.prepareStatement(sql.toString())) {
			for (int i = 0; i < parameters.size(); i++) {
				select.setString(i + 1, parameters.get(i));
			}
			select.setMaxRows(Math.max(1, query.limit()));
			List<AuditEntry> entries = new ArrayList<>();
			try (ResultSet rows = select.executeQuery()) {
				while (rows.next()) {
					entries.add(new AuditEntry(rows.getLong(1), Instant.ofEpochMilli(rows.getLong(2)), rows.getString(3),
							rows.getString(4), rows.getString(5), rows.getString(6), rows.getLong(7), rows.getString(8),
							rows.getString(9), rows.getString(10)));
				}
			}
			return entries;
		}
	}

	private static String clip(String text) {
		return text.length() > MAX_TEXT ? text.substring(0, MAX_TEXT) : text;
	}
}
