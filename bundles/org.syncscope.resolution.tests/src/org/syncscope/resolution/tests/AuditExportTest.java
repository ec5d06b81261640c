package org.syncscope.resolution.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.StringWriter;
import java.time.Instant;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.syncscope.resolution.AuditExport;
import org.syncscope.store.audit.AuditEntry;

import com.fasterxml.jackson.databind.JsonNode;

/** The audit trail exported as CSV and as CloudEvents JSON lines. */
class AuditExportTest {

	private final List<AuditEntry> entries = List.of(
			new AuditEntry(7, Instant.parse("2026-11-26T12:00:00Z"), "alice", "DEFER", "orders", "order-1", 3, "OPEN",
					"DEFERRED", "waiting, \"customer\" to call"),
			new AuditEntry(8, Instant.parse("2026-11-26T12:01:00Z"), "bob", "RESOLVE_MANUAL_MERGE", "orders",
					"order-2", 4, "[{\"a\":1}]", "{\"a\":2}", "agreed"));

	@Test
	void csvQuotesWhatNeedsQuoting() throws Exception {
		StringWriter out = new StringWriter();
		AuditExport.csv(entries, out);
		String[] lines = out.toString().split("\r\n");
		assertEquals(3, lines.length);
		assertTrue(lines[0].startsWith("id,occurred_at,operator,action"));
		assertTrue(lines[1].endsWith(",\"waiting, \"\"customer\"\" to call\""), lines[1]);
		assertTrue(lines[2].contains("\"[{\"\"a\"\":1}]\""), lines[2]);
	}

	@Test
	void cloudEventsAreOneStructuredEventPerLine() throws Exception {
		StringWriter out = new StringWriter();
		AuditExport.cloudEvents(entries, out);
		String[] lines = out.toString().split("\n");
		assertEquals(2, lines.length);
		JsonNode event = Fixtures.JSON.readTree(lines[1]);
		assertEquals("1.0", event.get("specversion").asText());
		assertEquals("audit-8", event.get("id").asText());
		assertEquals(AuditExport.SOURCE, event.get("source").asText());
		assertEquals("org.syncscope.audit.resolve_manual_merge", event.get("type").asText());
		assertEquals("2026-11-26T12:01:00Z", event.get("time").asText());
		assertEquals("bob", event.get("data").get("operator").asText());
		assertEquals("agreed", event.get("data").get("reason").asText());
	}
}
