package org.syncscope.core.tests;

import java.util.UUID;

import org.syncscope.core.event.ChangeEvent;
import org.syncscope.core.event.Operation;
import org.syncscope.core.event.Payload;
import org.syncscope.core.vv.VersionVector;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

/** Short factories for change events in tests; ids are derived from the arguments so tests stay stable. */
public final class Events {

	private static final ObjectMapper MAPPER = new ObjectMapper();

	private Events() {
	}

	/** An upsert of {@code key} at {@code origin} with vector {@code vector} and payload JSON {@code json}. */
	public static ChangeEvent upsert(String key, String origin, VersionVector vector, String json, long timestamp) {
		return event(key, Operation.UPSERT, origin, vector, json, timestamp);
	}

	/** A delete of {@code key} with an empty payload. */
	public static ChangeEvent delete(String key, String origin, VersionVector vector, long timestamp) {
		return event(key, Operation.DELETE, origin, vector, "{}", timestamp);
	}

	/** An event with the given fields. */
	public static ChangeEvent event(String key, Operation operation, String origin, VersionVector vector, String json,
			long timestamp) {
		UUID id = UUID.nameUUIDFromBytes((key + operation + origin + vector + json + timestamp).getBytes());
		return new ChangeEvent(id, key, operation, payload(json), origin, vector, timestamp);
	}

	/** A payload from JSON text. */
	public static Payload payload(String json) {
		try {
			return Payload.of((ObjectNode) MAPPER.readTree(json));
		} catch (java.io.IOException e) {
			throw new IllegalArgumentException(json, e);
		}
	}

	/** Shorthand for {@link VersionVector#of(Object...)}. */
	public static VersionVector vv(Object... idsAndCounters) {
		return VersionVector.of(idsAndCounters);
	}
}
