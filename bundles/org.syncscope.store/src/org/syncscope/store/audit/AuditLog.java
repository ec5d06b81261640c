package org.syncscope.store.audit;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The append-only audit trail in the store. Entries are appended inside the transaction of the change they
 * describe, so the trail never claims a change that was rolled back nor misses one that was committed. The
 * trail is a hash chain ({@link AuditTrailVerifier} checks it): each row holds its place and a hash over the
 * row before it and its own content.
 */
public final class AuditLog {

	private static final int MAX_TEXT = 2000;

	/** A place in the chain and the hash of the row before it. */
	private record Place(long sequence, String previousHash) {
	}

	private AuditLog() {
	}

	/**
	 * Appends {@code entry} (its id is ignored) as the chain's next row, inside the caller's transaction: the
	 * chain's head is locked until it commits, so appends from two transactions cannot both take the same place.
	 *
	 * @throws IllegalStateException when {@code connection} commits each statement by itself
	 */
	public static void append(Connection connection, AuditEntry entry) throws SQLException {
		if (connection.getAutoCommit()) {
			throw new IllegalStateException("the audit trail is appended to inside a transaction");
		}
		AuditEntry stored = new AuditEntry(0, entry.occurredAt(), entry.operator(), entry.action(), entry.linkId(),
				entry.key(), entry.conflictId(), entry.before(), entry.after(), clip(entry.reason()));
		Place place = nextPlace(connection);
		String hash = AuditRowHash.of(place.previousHash(), place.sequence(), stored);
		try (PreparedStatement insert = connection.prepareStatement("INSERT INTO audit_log (occurred_at, operator, "
				+ "action, link_id, record_key, conflict_id, before_value, after_value, reason, chain_seq, row_hash) "
				+ "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
			insert.setLong(1, stored.occurredAt().toEpochMilli());
			insert.setString(2, stored.operator());
			insert.setString(3, stored.action());
			insert.setString(4, stored.linkId());
			insert.setString(5, stored.key());
			insert.setLong(6, stored.conflictId());
			insert.setString(7, stored.before());
			insert.setString(8, stored.after());
			insert.setString(9, stored.reason());
			insert.setLong(10, place.sequence());
			insert.setString(11, hash);
			insert.executeUpdate();
		}
		moveHead(connection, hash);
	}

	/**
	 * Chains the rows a SyncScope before the chain wrote (store schema 5 and older), oldest first: once, when
	 * the chain is still empty.
	 *
	 * @return how many rows were chained
	 */
	public static int chainOlderRows(Connection connection) throws SQLException {
		try (Statement statement = connection.createStatement();
				ResultSet head = statement.executeQuery("SELECT last_seq FROM audit_chain_head")) {
			if (!head.next() || head.getLong(1) > 0) {
				return 0;
			}
		}
		List<AuditEntry> older = new ArrayList<>();
		try (Statement statement = connection.createStatement();
				ResultSet rows = statement.executeQuery("SELECT " + COLUMNS + " FROM audit_log "
						+ "WHERE chain_seq IS NULL ORDER BY id")) {
			while (rows.next()) {
				older.add(entry(rows, 1));
			}
		}
		for (AuditEntry entry : older) {
			Place place = nextPlace(connection);
			String hash = AuditRowHash.of(place.previousHash(), place.sequence(), entry);
			try (PreparedStatement update = connection.prepareStatement(
					"UPDATE audit_log SET chain_seq = ?, row_hash = ? WHERE id = ?")) {
				update.setLong(1, place.sequence());
				update.setString(2, hash);
				update.setLong(3, entry.id());
				update.executeUpdate();
			}
			moveHead(connection, hash);
		}
		return older.size();
	}

	/**
	 * Erases {@code key} and the values before and after from the audit rows about it, keeping their digests
	 * so that the chain still verifies the rows (Forget Key). The rows stay: who did what, when, and why.
	 *
	 * @return how many rows were erased
	 */
	public static int eraseKey(Connection connection, String key) throws SQLException {
		List<AuditEntry> rows = new ArrayList<>();
		try (PreparedStatement select = connection.prepareStatement("SELECT " + COLUMNS + " FROM audit_log "
				+ "WHERE record_key = ? AND key_digest IS NULL")) {
			select.setString(1, key);
			try (ResultSet found = select.executeQuery()) {
				while (found.next()) {
					rows.add(entry(found, 1));
				}
			}
		}
		try (PreparedStatement erase = connection.prepareStatement("UPDATE audit_log SET key_digest = ?, "
				+ "before_digest = ?, after_digest = ?, record_key = '', before_value = '', after_value = '' "
				+ "WHERE id = ?")) {
			for (AuditEntry row : rows) {
				erase.setString(1, AuditRowHash.digest(row.key()));
				erase.setString(2, AuditRowHash.digest(row.before()));
				erase.setString(3, AuditRowHash.digest(row.after()));
				erase.setLong(4, row.id());
				erase.executeUpdate();
			}
		}
		return rows.size();
	}

	/** The next place in the chain and the hash before it; the head stays locked until the transaction ends. */
	private static Place nextPlace(Connection connection) throws SQLException {
		try (Statement statement = connection.createStatement()) {
			statement.executeUpdate("UPDATE audit_chain_head SET last_seq = last_seq + 1");
		}
		try (Statement statement = connection.createStatement();
				ResultSet head = statement.executeQuery("SELECT last_seq, last_hash FROM audit_chain_head")) {
			head.next();
			return new Place(head.getLong(1), head.getString(2));
		}
	}

	private static void moveHead(Connection connection, String hash) throws SQLException {
		try (PreparedStatement update = connection.prepareStatement("UPDATE audit_chain_head SET last_hash = ?")) {
			update.setString(1, hash);
			update.executeUpdate();
		}
	}

	/** The columns {@link #entry} reads, in its order. */
	static final String COLUMNS = "id, occurred_at, operator, action, link_id, record_key, conflict_id, "
			+ "before_value, after_value, reason";

	/** Reads an entry from {@link #COLUMNS}, starting at column {@code first}. */
	static AuditEntry entry(ResultSet rows, int first) throws SQLException {
		return new AuditEntry(rows.getLong(first), Instant.ofEpochMilli(rows.getLong(first + 1)),
				rows.getString(first + 2), rows.getString(first + 3), rows.getString(first + 4),
				rows.getString(first + 5), rows.getLong(first + 6), rows.getString(first + 7),
				rows.getString(first + 8), rows.getString(first + 9));
	}

	/** The entries matching {@code query}, newest first. */
	public static List<AuditEntry> query(Connection connection, AuditQuery query) throws SQLException {
		StringBuilder sql = new StringBuilder("SELECT " + COLUMNS + " FROM audit_log WHERE 1 = 1");
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
					entries.add(entry(rows, 1));
				}
			}
			return entries;
		}
	}

	private static String clip(String text) {
		return text.length() > MAX_TEXT ? text.substring(0, MAX_TEXT) : text;
	}
}
