package org.syncscope.ui.quarantine;

import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/** Writes quarantined records as CSV (RFC 4180 quoting), with masked values, as the part shows them. */
final class QuarantineCsv {

	private QuarantineCsv() {
	}

	static void write(List<QuarantineRow> rows, Path file) throws IOException {
		try (Writer out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
			out.write("links,topic,partition,offset,quarantined_at,reason_code,reason,key,value\r\n");
			for (QuarantineRow row : rows) {
				var entry = row.entry();
				out.write(String.join(",", quote(row.links()), quote(entry.topic()), Integer.toString(entry.partition()),
						Long.toString(entry.offset()), entry.quarantinedAt().toString(), entry.reasonCode(),
						quote(entry.reason()), quote(row.key()), quote(row.value())));
				out.write("\r\n");
			}
		}
	}

	private static String quote(String text) {
		return "\"" + text.replace("\"", "\"\"") + "\"";
	}
}
