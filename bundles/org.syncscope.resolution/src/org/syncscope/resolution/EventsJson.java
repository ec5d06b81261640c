package org.syncscope.resolution;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import org.syncscope.core.event.ChangeEvent;
import org.syncscope.core.event.DecodeResult;
import org.syncscope.core.event.EventCodec;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * Events in the store's CLOBs: a JSON array of events in the wire format, so that what is stored is exactly
 * what was (or will be) on the topic, and is readable with the same strict codec.
 */
final class EventsJson {

	private static final EventCodec CODEC = new EventCodec();
	private static final ObjectMapper MAPPER = new ObjectMapper();

	private EventsJson() {
	}

	static String write(List<ChangeEvent> events) {
		StringBuilder json = new StringBuilder("[");
		for (ChangeEvent event : events) {
			if (json.length() > 1) {
				json.append(',');
			}
			json.append(CODEC.encodeToString(event));
		}
		return json.append(']').toString();
	}

	static List<ChangeEvent> read(String json) {
		if (json == null || json.isBlank()) {
			return List.of();
		}
		try {
			List<ChangeEvent> events = new ArrayList<>();
			for (JsonNode node : MAPPER.readTree(json)) {
				DecodeResult result = CODEC.decode(MAPPER.writeValueAsString(node).getBytes(StandardCharsets.UTF_8));
				if (result instanceof DecodeResult.Decoded decoded) {
					events.add(decoded.event());
				} else {
					throw new IllegalStateException("A stored event does not decode: " + result);
				}
			}
			return events;
		} catch (IOException e) {
			throw new UncheckedIOException("Stored events are not JSON", e);
		}
	}

	static byte[] encode(ChangeEvent event) {
		return CODEC.encode(event);
	}
}
