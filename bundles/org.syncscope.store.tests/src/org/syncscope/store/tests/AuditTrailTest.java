package org.syncscope.store.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.syncscope.store.EmbeddedDatabase;
import org.syncscope.store.SyncScopeStore;
import org.syncscope.store.audit.AuditEntry;
import org.syncscope.store.audit.AuditLog;
import org.syncscope.store.audit.AuditTrailVerifier;
import org.syncscope.store.audit.AuditVerification;
import org.syncscope.testing.TestOutput;

/**
 * The audit trail is a hash chain: an untouched trail verifies, and a row changed, deleted or added in the
 * Derby database behind SyncScope's back (the store closed, the database opened by itself) is reported as the
 * first broken row.
 */
class AuditTrailTest {

	private static final int ROWS = 5;

	private Path directory;

	@BeforeEach
	void writeATrail() throws Exception {
		directory = TestOutput.scratchFolder("audit-chain-").resolve("db");
		try (SyncScopeStore store = SyncScopeStore.open(directory)) {
			for (int i = 1; i <= ROWS; i++) {
				AuditEntry entry = new AuditEntry(0, Instant.ofEpochSecond(1_000 + i), "ada", "RESOLVE_MANUAL",
						"eu-to-us", "order-" + i, i, "{\"status\":\"NEW\"}", "{\"status\":\"PAID\"}", "row " + i);
				store.inTransaction(connection -> {
					AuditLog.append(connection, entry);
					return null;
				});
			}
		}
	}

	@Test
	void anUntouchedTrailVerifies() throws Exception {
		AuditVerification verification = verify();
		assertTrue(verification.intact(), verification.summary());
		assertEquals(ROWS, verification.rowsVerified());
		assertEquals(64, verification.headHash().length());
	}

	@Test
	void aChangedRowIsTheFirstBreak() throws Exception {
		behindTheStoresBack("UPDATE audit_log SET reason = 'nothing happened' WHERE chain_seq = 3");
		assertBreak(3, "changed", verify());
	}

	@Test
	void aChangedValueIsTheFirstBreak() throws Exception {
		behindTheStoresBack("UPDATE audit_log SET after_value = '{\"status\":\"NEW\"}' WHERE chain_seq = 2");
		assertBreak(2, "changed", verify());
	}

	@Test
	void aDeletedRowBreaksTheChainAtTheRowAfterIt() throws Exception {
		behindTheStoresBack("DELETE FROM audit_log WHERE chain_seq = 2");
		AuditVerification verification = verify();
		assertBreak(3, "deleted", verification);
		assertEquals(1, verification.rowsVerified());
	}

	@Test
	void theNewestRowDeletedIsSeenByTheChainsHead() throws Exception {
		behindTheStoresBack("DELETE FROM audit_log WHERE chain_seq = " + ROWS);
		AuditVerification verification = verify();
		assertTrue(verification.firstBreak().orElseThrow().problem().contains("newest 1 rows"),
				verification.summary());
		assertEquals(ROWS - 1, verification.rowsVerified());
	}

	@Test
	void aRowAddedBehindTheStoresBackHasNoPlaceInTheChain() throws Exception {
		behindTheStoresBack("INSERT INTO audit_log (occurred_at, operator, action, reason) "
				+ "VALUES (1, 'mallory', 'RESOLVE_MANUAL', 'looks legitimate')");
		AuditVerification verification = verify();
		assertTrue(verification.firstBreak().orElseThrow().problem().contains("no place in the chain"),
				verification.summary());
	}

	@Test
	void appendingOutsideATransactionIsRefused() throws Exception {
		try (SyncScopeStore store = SyncScopeStore.open(directory)) {
			assertThrows(IllegalStateException.class, () -> store.read(connection -> {
				AuditLog.append(connection, new AuditEntry(0, Instant.now(), "ada", "DEFER", "", "", 0, "", "", "r"));
				return null;
			}));
		}
		assertTrue(verify().intact());
	}

	private void behindTheStoresBack(String sql) throws SQLException {
		try (EmbeddedDatabase database = EmbeddedDatabase.open(directory);
				Connection connection = database.connect(); Statement statement = connection.createStatement()) {
			assertEquals(1, statement.executeUpdate(sql), sql);
		}
	}

	private AuditVerification verify() throws Exception {
		try (SyncScopeStore store = SyncScopeStore.open(directory)) {
			return store.read(AuditTrailVerifier::verify);
		}
	}

	private static void assertBreak(long sequence, String problem, AuditVerification verification) {
		AuditVerification.Break first = verification.firstBreak()
				.orElseThrow(() -> new AssertionError("no break found: " + verification.summary()));
		assertEquals(sequence, first.sequence(), verification.summary());
		assertTrue(first.problem().contains(problem), verification.summary());
		assertTrue(first.rowId() > 0, verification.summary());
	}
}
