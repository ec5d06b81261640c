package org.syncscope.store.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.syncscope.store.KeyErasure;
import org.syncscope.store.SyncScopeStore;
import org.syncscope.store.audit.AuditEntry;
import org.syncscope.store.audit.AuditLog;
import org.syncscope.store.audit.AuditTrailVerifier;
import org.syncscope.store.audit.AuditVerification;
import org.syncscope.testing.FilesHolding;
import org.syncscope.testing.TestOutput;

/**
 * Forget Key on a real Derby store: the key's conflicts, resolution, outbox and quarantined records are gone,
 * its audit rows stay with key and values erased and the trail still verifies, another key's data is untouched,
 * and after compaction the erased bytes are in none of Derby's files.
 */
class KeyErasureTest {

	private static final String FORGOTTEN = "customer-ada@example.org";
	private static final String KEPT = "customer-bob@example.org";

	@Test
	void aForgottenKeysBytesLeaveTheStoreAndTheTrailStillVerifies() throws Exception {
		Path directory = TestOutput.scratchFolder("erasure-").resolve("db");
		try (SyncScopeStore store = SyncScopeStore.open(directory)) {
			store.inTransaction(connection -> {
				capture(connection, FORGOTTEN, "Ada Lovelace, 12 Analytical Street");
				capture(connection, KEPT, "Bob Babbage, 1 Difference Row");
				return null;
			});
			KeyErasure.Erased erased = store.inTransaction(connection -> KeyErasure.erase(connection, FORGOTTEN));
			assertEquals(new KeyErasure.Erased(1, 1, 1, 1), erased);
			store.read(connection -> {
				KeyErasure.compact(connection);
				return null;
			});
			AuditVerification trail = store.read(AuditTrailVerifier::verify);
			assertTrue(trail.intact(), trail.summary());
			assertEquals(2, trail.rowsVerified(), "the erased key's audit row stays");
			assertEquals(1, count(store, "SELECT COUNT(*) FROM conflicts"), "the other key's conflict stays");
		}
		assertEquals(List.of(), FilesHolding.text("Analytical Street", List.of(directory)), "the forgotten address");
		assertEquals(List.of(), FilesHolding.text(FORGOTTEN, List.of(directory)), "the forgotten key");
		assertTrue(!FilesHolding.text("Difference Row", List.of(directory)).isEmpty(),
				"the kept key's data is still there");
	}

	/** What the store keeps of a key: a conflict with its versions, a resolution, an outbox record, a quarantined record, an audit row. */
	private static void capture(Connection connection, String key, String address) throws SQLException {
		String payload = "{\"customer\":\"" + key + "\",\"address\":\"" + address + "\"}";
		long conflictId;
		try (PreparedStatement insert = connection.prepareStatement("INSERT INTO conflicts (link_id, record_key, "
				+ "detected_at, state, versions, ancestor) VALUES ('eu-to-us', ?, 1, 'OPEN', ?, ?)",
				Statement.RETURN_GENERATED_KEYS)) {
			insert.setString(1, key);
			insert.setString(2, "[" + payload + "," + payload + "]");
			insert.setString(3, payload);
			insert.executeUpdate();
			try (ResultSet ids = insert.getGeneratedKeys()) {
				ids.next();
				conflictId = ids.getLong(1);
			}
		}
		try (PreparedStatement insert = connection.prepareStatement("INSERT INTO resolutions (resolution_id, "
				+ "conflict_id, policy, resolved_event, created_at, operator) VALUES (?, ?, 'MANUAL', ?, 1, 'ada')")) {
			insert.setString(1, "r-" + conflictId);
			insert.setLong(2, conflictId);
			insert.setString(3, payload);
			insert.executeUpdate();
		}
		try (PreparedStatement insert = connection.prepareStatement("INSERT INTO outbox (resolution_id, topic, "
				+ "record_key, record_value, state, created_at) VALUES (?, 'sync.eu-west.changes', ?, ?, 'SENT', 1)")) {
			insert.setString(1, "r-" + conflictId);
			insert.setString(2, key);
			insert.setBytes(3, payload.getBytes(StandardCharsets.UTF_8));
			insert.executeUpdate();
		}
		try (PreparedStatement insert = connection.prepareStatement("INSERT INTO quarantine (topic, "
				+ "record_partition, record_offset, record_key, record_value, reason, quarantined_at) "
				+ "VALUES ('sync.eu-west.changes', 0, 7, ?, ?, 'not JSON', 1)")) {
			insert.setBytes(1, key.getBytes(StandardCharsets.UTF_8));
			insert.setBytes(2, ("{" + payload).getBytes(StandardCharsets.UTF_8));
			insert.executeUpdate();
		}
		AuditLog.append(connection, new AuditEntry(0, Instant.ofEpochSecond(1), "ada", "RESOLVE_MANUAL", "eu-to-us",
				key, conflictId, payload, payload, "kept the newer address"));
	}

	private static long count(SyncScopeStore store, String sql) throws SQLException {
		return store.read(connection -> {
			try (Statement statement = connection.createStatement(); ResultSet rows = statement.executeQuery(sql)) {
				rows.next();
				return rows.getLong(1);
			}
		});
	}
}
