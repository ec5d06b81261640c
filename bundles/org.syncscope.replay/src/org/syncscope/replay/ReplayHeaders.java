package org.syncscope.replay;

import java.nio.charset.StandardCharsets;

import org.apache.kafka.common.header.Header;
import org.apache.kafka.common.header.Headers;

/**
 * The record headers a replay adds. Appliers and later replays read them: the replay id ties a record to its
 * audited job, the count is the loop guard (a record replayed over and over between two links would
 * otherwise circulate forever), the source says which record was copied.
 */
public final class ReplayHeaders {

	/** The id of the replay job that wrote the record. */
	public static final String REPLAY_ID = "syncscope.replay.id";
	/** How many times the record's content has been replayed, as decimal text; absent means never. */
	public static final String REPLAY_COUNT = "syncscope.replay.count";
	/** {@code topic/partition/offset} of the record that was copied. */
	public static final String REPLAY_SOURCE = "syncscope.replay.source";

	private ReplayHeaders() {
	}

	/** The replay count carried by {@code headers} (the last value if several), 0 if none or unreadable. */
	public static int replayCount(Headers headers) {
		Header header = headers.lastHeader(REPLAY_COUNT);
		if (header == null || header.value() == null) {
			return 0;
		}
		try {
			return Math.max(0, Integer.parseInt(new String(header.value(), StandardCharsets.US_ASCII).strip()));
		} catch (NumberFormatException e) {
			return 0;
		}
	}

	/** The text of header {@code name}, if present. */
	public static String text(Headers headers, String name) {
		Header header = headers.lastHeader(name);
		return header == null || header.value() == null ? null : new String(header.value(), StandardCharsets.UTF_8);
	}
}
