package org.syncscope.store.audit;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Optional;

import org.syncscope.store.audit.AuditVerification.Break;

/**
 * Checks the audit trail's hash chain from its first row: each row must hold the next place and a hash that
 * follows from the row before it and its own content, and the chain's head must name the newest row. Finds a
 * row changed, inserted or deleted behind SyncScope's back, unless the whole chain after it was rewritten too
 * (which the head hash, kept elsewhere, shows).
 */
public final class AuditTrailVerifier {

	private AuditTrailVerifier() {
	}

	/** Reads the whole trail once, in chain order, and reports its first break. */
	public static AuditVerification verify(Connection connection) throws SQLException {
		long headSequence;
		String headHash;
		try (Statement statement = connection.createStatement();
				ResultSet head = statement.executeQuery("SELECT last_seq, last_hash FROM audit_chain_head")) {
			if (!head.next()) {
				return new AuditVerification(0, "", Optional.of(new Break(0, 0, "the chain's head is missing")));
			}
			headSequence = head.getLong(1);
			headHash = head.getString(2);
		}
		Optional<Break> outside = outsideTheChain(connection);
		if (outside.isPresent()) {
			return new AuditVerification(0, headHash, outside);
		}
		long expected = 1;
		String previous = AuditRowHash.GENESIS;
		try (PreparedStatement select = connection.prepareStatement("SELECT chain_seq, row_hash, key_digest, "
				+ "before_digest, after_digest, " + AuditLog.COLUMNS + " FROM audit_log ORDER BY chain_seq, id");
				ResultSet rows = select.executeQuery()) {
			while (rows.next()) {
				long sequence = rows.getLong(1);
				String stored = rows.getString(2);
				AuditEntry entry = AuditLog.entry(rows, 6);
				long id = entry.id();
				if (sequence > expected) {
					return broken(expected, id, sequence, headHash, "the rows at places " + expected
							+ (sequence - 1 > expected ? " to " + (sequence - 1) : "") + " before it were deleted");
				}
				if (sequence < expected) {
					return broken(expected, id, sequence, headHash,
							"it repeats a place in the chain: it was copied or inserted behind SyncScope's back");
				}
				String hash = AuditRowHash.of(previous, sequence, entry, kept(rows, 3, entry.key()),
						kept(rows, 4, entry.before()), kept(rows, 5, entry.after()));
				if (!hash.equals(stored)) {
					return broken(expected, id, sequence, headHash,
							"its content, or the row before it, was changed after it was written");
				}
				previous = stored;
				expected++;
			}
		}
		long verified = expected - 1;
		if (verified < headSequence) {
			return broken(expected, 0, expected, headHash, "the newest " + (headSequence - verified)
					+ " rows (places " + expected + " to " + headSequence + ") were deleted");
		}
		if (verified > headSequence || !previous.equals(headHash)) {
			return broken(expected, 0, verified, headHash, "the newest row is not the one the chain's head names");
		}
		return new AuditVerification(verified, headHash, Optional.empty());
	}

	/** The digest kept in column {@code column} for an erased part, else that of the part as it is. */
	private static String kept(ResultSet rows, int column, String part) throws SQLException {
		String digest = rows.getString(column);
		return digest != null ? digest : AuditRowHash.digest(part);
	}

	private static Optional<Break> outsideTheChain(Connection connection) throws SQLException {
		try (Statement statement = connection.createStatement();
				ResultSet rows = statement.executeQuery("SELECT MIN(id) FROM audit_log "
						+ "WHERE chain_seq IS NULL OR row_hash IS NULL")) {
			rows.next();
			long id = rows.getLong(1);
			return rows.wasNull() ? Optional.empty() : Optional.of(new Break(id, 0,
					"it has no place in the chain: it was written behind SyncScope's back"));
		}
	}

	private static AuditVerification broken(long expected, long id, long sequence, String headHash,
			String problem) {
		return new AuditVerification(expected - 1, headHash, Optional.of(new Break(id, sequence, problem)));
	}
}
