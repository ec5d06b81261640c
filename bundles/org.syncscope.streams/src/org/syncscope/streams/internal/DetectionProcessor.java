package org.syncscope.streams.internal;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import org.apache.kafka.common.header.internals.RecordHeaders;
import org.apache.kafka.streams.processor.api.Processor;
import org.apache.kafka.streams.processor.api.ProcessorContext;
import org.apache.kafka.streams.processor.api.Record;
import org.apache.kafka.streams.processor.api.RecordMetadata;
import org.apache.kafka.streams.state.KeyValueStore;
import org.syncscope.core.conflict.Conflict;
import org.syncscope.core.conflict.KeyState;
import org.syncscope.core.conflict.Outcome;
import org.syncscope.core.event.ChangeEvent;
import org.syncscope.core.event.DecodeResult;
import org.syncscope.core.event.EventCodec;
import org.syncscope.kafka.monitor.LinkSpec;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * Decodes each change-log record and checks it in every detection that watches its log, with the key's state
 * read from and written back to the {@link #STORE} state store; publishes each conflict that opens, grows or
 * closes to the conflicts sink (keyed by the conflict's id) and each record that does not decode to the
 * quarantine sink with its reason. One instance per stream task; the store holds the task's keys.
 */
public final class DetectionProcessor implements Processor<byte[], byte[], String, byte[]> {

	/** The state store of the keys' detection states. */
	public static final String STORE = "detections";
	/** The child that publishes conflicts. */
	public static final String CONFLICTS = "conflicts";
	/** The child that publishes what did not decode. */
	public static final String QUARANTINE = "quarantine";
	/** The header carrying why a record was quarantined. */
	public static final String REASON_HEADER = "syncscope.reason";

	private final Map<String, List<LinkSpec>> detectionsByLog;
	private final EventCodec events = new EventCodec();
	private final KeyRecordCodec records = new KeyRecordCodec();
	private final ObjectMapper json = new ObjectMapper();
	private ProcessorContext<String, byte[]> context;
	private KeyValueStore<String, byte[]> store;

	/**
	 * @param detectionsByLog for each change log, the detections watching it, each named by the first of the
	 *                        links sharing it (which names its conflicts, as the workbench's monitor does)
	 */
	public DetectionProcessor(Map<String, List<LinkSpec>> detectionsByLog) {
		this.detectionsByLog = detectionsByLog;
	}

	@Override
	public void init(ProcessorContext<String, byte[]> processorContext) {
		this.context = processorContext;
		this.store = processorContext.getStateStore(STORE);
	}

	@Override
	public void process(Record<byte[], byte[]> record) {
		String topic = context.recordMetadata().map(RecordMetadata::topic).orElseThrow();
		DecodeResult result = record.value() == null ? null : events.decode(record.value());
		if (!(result instanceof DecodeResult.Decoded decoded)) {
			String reason = result instanceof DecodeResult.Failed failed ? failed.error().toString()
					: "TOMBSTONE: a record without a value on a change log";
			RecordHeaders headers = new RecordHeaders(record.headers().toArray());
			headers.add(REASON_HEADER, reason.getBytes(StandardCharsets.UTF_8));
			context.forward(new Record<>(topic, record.value(), record.timestamp(), headers), QUARANTINE);
			return;
		}
		ChangeEvent event = decoded.event();
		for (LinkSpec detection : detectionsByLog.getOrDefault(topic, List.of())) {
			check(detection, event, record.timestamp());
		}
	}

	private void check(LinkSpec detection, ChangeEvent event, long timestamp) {
		String stateKey = detection.id() + '\u0000' + event.key();
		byte[] stored = store.get(stateKey);
		Optional<KeyRecord> current = stored == null ? Optional.empty() : Optional.of(records.decode(stored));
		// the log time of the event that reveals a conflict dates it: the same after a task is moved and its
		// records processed again, so the conflict keeps its id
		KeyState.Step step = KeyState.next(current.map(KeyRecord::state), event, detection.id(),
				Instant.ofEpochMilli(timestamp));
		KeyRecord next = current.map(record -> record.after(step, event))
				.orElseGet(() -> new KeyRecord(step.state(), List.of(event), Optional.empty()));
		if (step.outcome() != Outcome.DUPLICATE) {
			store.put(stateKey, records.encode(next));
		}
		boolean closesOpenConflict = current.map(record -> record.state().inConflict()).orElse(false);
		if (step.outcome() != Outcome.PSEUDO_CONFLICT || closesOpenConflict) {
			step.conflict().ifPresent(conflict -> publish(detection, conflict, next, current, event, timestamp));
		}
	}

	private void publish(LinkSpec detection, Conflict conflict, KeyRecord next, Optional<KeyRecord> before,
			ChangeEvent event, long timestamp) {
		String id = conflictId(detection, conflict);
		ObjectNode value = json.createObjectNode();
		value.put("id", id);
		value.put("link", detection.id());
		value.put("key", conflict.key());
		value.put("state", next.state().inConflict() ? "OPEN" : "CLOSED");
		value.put("detectedAt", conflict.detectedAt().toEpochMilli());
		ArrayNode array = value.putArray("siblings");
		if (next.state().inConflict()) {
			next.events().forEach(sibling -> array.add(records.tree(sibling)));
			next.ancestor().ifPresent(ancestor -> value.set("ancestor", records.tree(ancestor)));
		} else {
			before.orElseThrow().events().forEach(sibling -> array.add(records.tree(sibling)));
			value.set("closedBy", records.tree(event));
		}
		context.forward(new Record<>(id, value.toString().getBytes(StandardCharsets.UTF_8), timestamp), CONFLICTS);
	}

	/** Stable for the life of a conflict, whichever instance reports it: its link, key and first version. */
	static String conflictId(LinkSpec detection, Conflict conflict) {
		return UUID.nameUUIDFromBytes((detection.id() + '/' + conflict.key() + '/' + conflict.detectedAt().toEpochMilli()
				+ '/' + conflict.versions().get(0).eventId()).getBytes(StandardCharsets.UTF_8)).toString();
	}
}
