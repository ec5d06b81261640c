package org.syncscope.resolution;

import java.io.IOException;
import java.io.Writer;
import java.util.List;

import org.syncscope.store.audit.AuditEntry;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * Writes audit entries for other tools: CSV (RFC 4180 quoting, one header line) and JSON lines, one
 * CloudEvents 1.0 structured event per entry ({@code type} {@code org.syncscope.audit.<action>}, the entry
 * in {@code data}).
 */
public final class AuditExport {

	/** The CloudEvents {@code source} of exported entries. */
	public static final String SOURCE = "urn:syncscope:conflict-console";

	private static final ObjectMapper MAPPER = new ObjectMapper();

	private AuditExport() {
	}

	/** Writes {@code entries} as CSV. */
	public static void csv(List<AuditEntry> entries, Writer out) throws IOException {
		out.write("id,occurred_at,operator,action,link,key,conflict_id,before,after,reason\r\n");
		for (AuditEntry entry : entries) {
			out.write(String.join(",", String.valueOf(entry.id()), entry.occurredAt().toString(),
					quote(entry.operator()), quote(entry.action()), quote(entry.linkId()), quote(entry.key()),
					String.valueOf(entry.conflictId()), quote(entry.before()), quote(entry.after()),
					quote(entry.reason())));
			out.write("\r\n");
		}
	}

	/** Writes {@code entries} as CloudEvents JSON lines. */
	public static void cloudEvents(List<AuditEntry> entries, Writer out) throws IOException {
		for (AuditEntry entry : entries) {
			ObjectNode event = MAPPER.createObjectNode();
			event.put("specversion", "1.0");
			event.put("id", "audit-" + entry.id());
			event.put("source", SOURCE);
			event.put("type", "org.syncscope.audit." + entry.action().toLowerCase(java.util.Locale.ROOT));
			event.put("time", entry.occurredAt().toString());
			event.put("subject", entry.linkId() + "/" + entry.key());
			event.put("datacontenttype", "application/json");
			ObjectNode data = event.putObject("data");
			data.put("operator", entry.operator());
			data.put("action", entry.action());
			data.put("link", entry.linkId());
			data.put("key", entry.key());
			data.put("conflictId", entry.conflictId());
			data.put("before", entry.before());
			data.put("after", entry.after());
			data.put("reason", entry.reason());
			out.write(MAPPER.writeValueAsString(event));
			out.write("\n");
		}
	}

	private static String quote(String value) {
		if (value.contains(",") || value.contains("\"") || value.contains("\n") || value.contains("\r")) {
			return '"' + value.replace("\"", "\"\"") + '"';
		}
		return value;
	}
}
