package org.syncscope.resolution.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.Statement;
import java.time.Instant;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.syncscope.resolution.cli.VerifyAuditCommand;
import org.syncscope.store.EmbeddedDatabase;
import org.syncscope.store.SyncScopeStore;
import org.syncscope.store.audit.AuditEntry;
import org.syncscope.store.audit.AuditLog;
import org.syncscope.testing.TestOutput;

/** {@code syncscope verify-audit} on a real store: what it prints and the exit code scripts read. */
class VerifyAuditCommandTest {

	private final ByteArrayOutputStream out = new ByteArrayOutputStream();
	private final ByteArrayOutputStream err = new ByteArrayOutputStream();
	private Path store;

	@BeforeEach
	void writeThreeAuditRows() throws Exception {
		store = TestOutput.scratchFolder("verify-audit-").resolve("store");
		try (SyncScopeStore opened = SyncScopeStore.open(store)) {
			for (int i = 1; i <= 3; i++) {
				AuditEntry entry = new AuditEntry(0, Instant.ofEpochSecond(i), "ada", "RESOLVE_MANUAL", "l1",
						"order-" + i, i, "{}", "{\"paid\":true}", "checked with the customer");
				opened.inTransaction(connection -> {
					AuditLog.append(connection, entry);
					return null;
				});
			}
		}
	}

	@Test
	void anIntactTrailExitsZeroAndPrintsItsHead() {
		assertEquals(VerifyAuditCommand.INTACT, command().run(new String[] { "--store", store.toString() }));
		assertTrue(text(out).startsWith("Audit trail intact: 3 rows verified; head "), text(out));
	}

	@Test
	void aDeletedRowExitsOneAndNamesTheRowAfterIt() throws Exception {
		try (EmbeddedDatabase database = EmbeddedDatabase.open(store); Connection connection = database.connect();
				Statement statement = connection.createStatement()) {
			statement.executeUpdate("DELETE FROM audit_log WHERE chain_seq = 2");
		}
		assertEquals(VerifyAuditCommand.BROKEN, command().run(new String[] { "--store", store.toString() }));
		assertTrue(text(err).contains("BROKEN at row 3 (place 3 in the chain)"), text(err));
		assertTrue(text(err).contains("deleted"), text(err));
	}

	@Test
	void noStoreIsNotChecked() {
		Path missing = store.resolveSibling("no-such-store");
		assertEquals(VerifyAuditCommand.NOT_CHECKED, command().run(new String[] { "--store", missing.toString() }));
		assertTrue(text(err).contains("there is no store in " + missing), text(err));
	}

	@Test
	void anUnknownArgumentIsNotChecked() {
		assertEquals(VerifyAuditCommand.NOT_CHECKED, command().run(new String[] { "--stor", store.toString() }));
		assertTrue(text(err).contains("unknown argument --stor"), text(err));
	}

	private VerifyAuditCommand command() {
		return new VerifyAuditCommand(new PrintStream(out, true, StandardCharsets.UTF_8),
				new PrintStream(err, true, StandardCharsets.UTF_8), store);
	}

	private static String text(ByteArrayOutputStream stream) {
		return stream.toString(StandardCharsets.UTF_8);
	}
}
