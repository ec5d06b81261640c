package org.syncscope.store.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.syncscope.store.SyncScopeStore;
import org.syncscope.store.audit.AuditEntry;
import org.syncscope.store.audit.AuditLog;
import org.syncscope.store.audit.AuditQuery;
import org.syncscope.store.quarantine.QuarantineEntry;
import org.syncscope.store.quarantine.QuarantineStore;
import org.syncscope.testing.TestOutput;

/** The stored quarantine: bounded per change log, oldest dropped first, listed by reason, cleared audited. */
class QuarantineStoreTest {

	private SyncScopeStore store;
	private QuarantineStore quarantine;

	@BeforeEach
	void openStore() throws Exception {
		store = SyncScopeStore.open(TestOutput.scratchFolder("quarantine-").resolve("db"));
		quarantine = new QuarantineStore(store, 3);
	}

	@AfterEach
	void closeStore() throws Exception {
		store.close();
	}

	private static QuarantineEntry entry(String topic, long offset, String reason) {
		return new QuarantineEntry(0, topic, 0, offset, "k".getBytes(StandardCharsets.UTF_8),
				("bad " + offset).getBytes(StandardCharsets.UTF_8), reason, Instant.ofEpochMilli(1_000 + offset));
	}

	@Test
	void keepsTheNewestPerChangeLogWithTheirBytes() throws Exception {
		List<QuarantineEntry> entries = new ArrayList<>();
		for (long offset = 0; offset < 5; offset++) {
			entries.add(entry("a", offset, "MALFORMED_JSON: not JSON"));
		}
		entries.add(entry("b", 9, "TOMBSTONE: no value"));
		quarantine.append(entries);
		quarantine.append(List.of(entry("a", 5, "MISSING_FIELD [key]: absent")));
		List<QuarantineEntry> a = quarantine.list(Set.of("a"), "", 100);
		assertEquals(List.of(5L, 4L, 3L), a.stream().map(QuarantineEntry::offset).toList(), "oldest dropped first");
		assertEquals("bad 5", new String(a.get(0).value(), StandardCharsets.UTF_8));
		assertEquals(Instant.ofEpochMilli(1_005), a.get(0).quarantinedAt());
		assertEquals(1, quarantine.list(Set.of("b"), "", 100).size(), "the bound is per change log");
		assertEquals(4, quarantine.list(Set.of(), "", 100).size());
	}

	@Test
	void listsByReasonCode() throws Exception {
		quarantine.append(List.of(entry("a", 1, "MISSING_FIELD [key]: absent"), entry("a", 2, "MALFORMED_JSON: x"),
				entry("a", 3, "something else")));
		assertEquals(List.of(1L), quarantine.list(Set.of(), "MISSING_FIELD", 100).stream()
				.map(QuarantineEntry::offset).toList());
		assertEquals(List.of(3L), quarantine.list(Set.of(), QuarantineEntry.OTHER, 100).stream()
				.map(QuarantineEntry::offset).toList());
		assertEquals(List.of("MISSING_FIELD", "MALFORMED_JSON", "OTHER", "TOMBSTONE"),
				List.of(entry("a", 1, "MISSING_FIELD [key]: absent"), entry("a", 1, "MALFORMED_JSON: x"),
						entry("a", 1, "A b"), entry("a", 1, "TOMBSTONE: no value")).stream()
						.map(QuarantineEntry::reasonCode).toList());
	}

	@Test
	void clearingNeedsAReasonAndIsAudited() throws Exception {
		quarantine.append(List.of(entry("a", 1, "MALFORMED_JSON: x"), entry("b", 2, "MALFORMED_JSON: y")));
		assertThrows(IllegalArgumentException.class, () -> quarantine.clear(Set.of("a"), "a-to-b", "ada", " "));
		assertEquals(2, quarantine.list(Set.of(), "", 100).size(), "nothing cleared without a reason");
		assertEquals(1, quarantine.clear(Set.of("a"), "a-to-b", "ada", "producer fixed, records replayed"));
		assertEquals(List.of("b"), quarantine.list(Set.of(), "", 100).stream().map(QuarantineEntry::topic).toList());
		List<AuditEntry> audit = store.read(connection -> AuditLog.query(connection,
				new AuditQuery("", QuarantineStore.CLEAR_ACTION, "", 10)));
		assertEquals(1, audit.size());
		assertEquals("ada", audit.get(0).operator());
		assertEquals("a-to-b", audit.get(0).linkId());
		assertEquals("producer fixed, records replayed", audit.get(0).reason());
		assertEquals("1 quarantined records of a", audit.get(0).before());
	}
}
