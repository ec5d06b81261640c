package org.syncscope.replay.internal;

import java.io.IOException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.syncscope.replay.PartitionSpan;
import org.syncscope.replay.ReplayRange;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * The JSON a replay job keeps in the store: the range as chosen (a repeat resolves it again), the offsets it
 * resolved to (a resume continues within them), and the next source offset per partition.
 */
public final class RangeJson {

	private static final ObjectMapper MAPPER = new ObjectMapper();

	private RangeJson() {
	}

	/** {@code {"range":{...},"resolved":[[p,from,to],...],"refused":n}}. */
	public static String rangeSpec(ReplayRange range, List<PartitionSpan> resolved, long refused) {
		ObjectNode root = MAPPER.createObjectNode();
		ObjectNode chosen = root.putObject("range");
		switch (range) {
		case ReplayRange.ByOffsets offsets -> {
			chosen.put("kind", "offsets");
			spans(chosen.putArray("spans"), offsets.spans());
		}
		case ReplayRange.ByTime time -> {
			chosen.put("kind", "time");
			chosen.put("from", time.from().toEpochMilli());
			chosen.put("to", time.to().toEpochMilli());
		}
		}
		spans(root.putArray("resolved"), resolved);
		root.put("refused", refused);
		return root.toString();
	}

	public static ReplayRange range(String rangeSpec) throws IOException {
		JsonNode chosen = MAPPER.readTree(rangeSpec).path("range");
		if ("time".equals(chosen.path("kind").asText())) {
			return new ReplayRange.ByTime(Instant.ofEpochMilli(chosen.path("from").asLong()),
					Instant.ofEpochMilli(chosen.path("to").asLong()));
		}
		return new ReplayRange.ByOffsets(spans(chosen.path("spans")));
	}

	public static List<PartitionSpan> resolved(String rangeSpec) throws IOException {
		return spans(MAPPER.readTree(rangeSpec).path("resolved"));
	}

	public static long refused(String rangeSpec) throws IOException {
		return MAPPER.readTree(rangeSpec).path("refused").asLong();
	}

	/** {@code {"next":{"0":123,...}}}. */
	public static String progress(Map<Integer, Long> nextOffsets) {
		ObjectNode root = MAPPER.createObjectNode();
		ObjectNode next = root.putObject("next");
		new TreeMap<>(nextOffsets).forEach((partition, offset) -> next.put(partition.toString(), offset));
		return root.toString();
	}

	public static Map<Integer, Long> nextOffsets(String progress) throws IOException {
		Map<Integer, Long> next = new TreeMap<>();
		if (progress != null) {
			MAPPER.readTree(progress).path("next").properties()
					.forEach(entry -> next.put(Integer.valueOf(entry.getKey()), entry.getValue().asLong()));
		}
		return next;
	}

	/** A compact JSON object for the audit log. */
	public static String object(Map<String, Object> fields) {
		return MAPPER.valueToTree(fields).toString();
	}

	private static void spans(ArrayNode array, List<PartitionSpan> spans) {
		spans.forEach(span -> array.addArray().add(span.partition()).add(span.from()).add(span.to()));
	}

	private static List<PartitionSpan> spans(JsonNode array) {
		List<PartitionSpan> spans = new ArrayList<>();
		array.forEach(span -> spans.add(new PartitionSpan(span.get(0).asInt(), span.get(1).asLong(),
				span.get(2).asLong())));
		return spans;
	}
}
