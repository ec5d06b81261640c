package org.syncscope.streams.internal;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.UUID;

import org.syncscope.core.conflict.KeyState;
import org.syncscope.core.conflict.Version;
import org.syncscope.core.event.ChangeEvent;
import org.syncscope.core.event.DecodeResult;
import org.syncscope.core.event.EventCodec;
import org.syncscope.core.event.Operation;
import org.syncscope.core.vv.VersionVector;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * {@link KeyRecord}s as the state store keeps them: JSON, the events in their change-log format so that the
 * same strict codec reads them back.
 */
final class KeyRecordCodec {

	private final ObjectMapper json = new ObjectMapper();
	private final EventCodec events = new EventCodec();

	byte[] encode(KeyRecord record) {
		ObjectNode node = json.createObjectNode();
		ArrayNode versions = node.putArray("versions");
		for (Version version : record.state().versions()) {
			ObjectNode item = versions.addObject();
			item.put("id", version.eventId().toString());
			item.put("origin", version.origin());
			item.put("op", version.operation().name());
			ObjectNode vector = item.putObject("vv");
			version.vector().asMap().forEach(vector::put);
			item.put("ts", version.sourceTimestamp());
			item.put("fp", version.payloadFingerprint());
		}
		record.state().detectedAt().ifPresent(at -> node.put("detectedAt", at.toEpochMilli()));
		ArrayNode full = node.putArray("events");
		record.events().forEach(event -> full.add(tree(event)));
		record.previous().ifPresent(event -> node.set("previous", tree(event)));
		return node.toString().getBytes(StandardCharsets.UTF_8);
	}

	KeyRecord decode(byte[] bytes) {
		try {
			JsonNode node = json.readTree(bytes);
			List<Version> versions = new ArrayList<>();
			for (JsonNode item : node.get("versions")) {
				Map<String, Long> counters = new TreeMap<>();
				item.get("vv").properties().forEach(entry -> counters.put(entry.getKey(), entry.getValue().asLong()));
				versions.add(new Version(UUID.fromString(item.get("id").asText()), item.get("origin").asText(),
						Operation.valueOf(item.get("op").asText()), VersionVector.of(counters), item.get("ts").asLong(),
						item.get("fp").asLong()));
			}
			Optional<Instant> detectedAt = node.has("detectedAt")
					? Optional.of(Instant.ofEpochMilli(node.get("detectedAt").asLong()))
					: Optional.empty();
			List<ChangeEvent> full = new ArrayList<>();
			node.get("events").forEach(event -> full.add(event(event)));
			Optional<ChangeEvent> previous = node.has("previous") ? Optional.of(event(node.get("previous")))
					: Optional.empty();
			return new KeyRecord(new KeyState(versions, detectedAt), full, previous);
		} catch (IOException e) {
			throw new IllegalStateException("A detector state record did not read back: " + e.getMessage(), e);
		}
	}

	JsonNode tree(ChangeEvent event) {
		try {
			return json.readTree(events.encode(event));
		} catch (IOException e) {
			throw new IllegalStateException(e);
		}
	}

	ChangeEvent event(JsonNode node) {
		DecodeResult result = events.decode(node.toString().getBytes(StandardCharsets.UTF_8));
		if (result instanceof DecodeResult.Decoded decoded) {
			return decoded.event();
		}
		throw new IllegalStateException("A stored event did not decode: " + result);
	}
}
