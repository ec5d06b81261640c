package org.syncscope.core.cdc;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/**
 * The schemas of Kafka Connect's schema/payload envelope seen lately, recognised by their bytes rather than
 * parsed again. The JSON converter writes a table's schema, about three quarters of each record, the same
 * way in record after record; comparing bytes costs a fraction of tokenizing them. Only compact envelopes
 * ({@code {"schema":…,"payload":…}}, as the converter writes them) are learnt; any other record takes the
 * parser's way. Not thread-safe.
 */
final class KnownSchemas {

	private static final byte[] SCHEMA_FIELD = "{\"schema\":".getBytes(StandardCharsets.US_ASCII);
	private static final byte[] PAYLOAD_FIELD = ",\"payload\":".getBytes(StandardCharsets.US_ASCII);

	private final byte[][] schemas;
	private int next;

	/** Remembers up to {@code capacity} schemas, the oldest forgotten first. */
	KnownSchemas(int capacity) {
		this.schemas = new byte[capacity][];
	}

	/**
	 * Where the payload's value begins in {@code record} if it is a compact envelope with a known schema, the
	 * record ending right after the payload (its last byte closes the envelope); -1 otherwise.
	 */
	int payloadStart(byte[] record) {
		if (!startsWith(record, 0, SCHEMA_FIELD) || record[record.length - 1] != '}') {
			return -1;
		}
		for (byte[] schema : schemas) {
			if (schema != null && startsWith(record, SCHEMA_FIELD.length, schema)
					&& startsWith(record, SCHEMA_FIELD.length + schema.length, PAYLOAD_FIELD)) {
				return SCHEMA_FIELD.length + schema.length + PAYLOAD_FIELD.length;
			}
		}
		return -1;
	}

	/**
	 * Learns the schema a parser read whole in {@code record}, from byte {@code start} to before {@code end},
	 * when the record is a compact envelope around it.
	 */
	void learn(byte[] record, int start, int end) {
		if (start != SCHEMA_FIELD.length || !startsWith(record, 0, SCHEMA_FIELD)
				|| !startsWith(record, end, PAYLOAD_FIELD) || record[start] != '{') {
			return;
		}
		schemas[next] = Arrays.copyOfRange(record, start, end);
		next = (next + 1) % schemas.length;
	}

	private static boolean startsWith(byte[] record, int from, byte[] part) {
		return from >= 0 && record.length - from > part.length
				&& Arrays.equals(record, from, from + part.length, part, 0, part.length);
	}
}
