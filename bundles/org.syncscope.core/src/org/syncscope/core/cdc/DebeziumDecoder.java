package org.syncscope.core.cdc;

import java.io.IOException;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.Set;
import java.util.StringJoiner;

import org.syncscope.core.event.DecodeError;
import org.syncscope.core.event.DecodeError.Reason;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * Decodes the records Kafka Connect's JSON converter writes for Debezium, with the schema/payload envelope or
 * the payload alone: the operation ({@code c}, {@code u}, {@code d}, {@code r}, {@code t}), the rows
 * {@code before} and {@code after} (MongoDB's JSON-string rows too), the {@code source} block, the tombstone
 * after a delete, and the row's key from the record key, as the text {@code schema.table[col=value,…]} in the
 * key's column order, values as JSON. Anything else is a {@link DebeziumRecord.Failed} with the reason;
 * nothing throws. docs/event-format.md lists the mapping. An envelope's schema is skipped, and once seen
 * recognised by its bytes ({@link KnownSchemas}). Not thread-safe: one decoder per thread.
 */
public final class DebeziumDecoder {

	private static final ObjectMapper JSON = new ObjectMapper();
	private static final Map<String, RowOperation> OPERATIONS = Map.of("c", RowOperation.CREATE, "u",
			RowOperation.UPDATE, "d", RowOperation.DELETE, "r", RowOperation.READ);
	private static final String TRUNCATE = "t";
	private static final String SCHEMA = "schema";
	private static final String PAYLOAD = "payload";
	private static final int SCHEMAS_KNOWN = 16;
	/** What the decoder reads of an event's source block. */
	private static final FieldSelection SOURCE_FIELDS = new FieldSelection(Set.of("ts_ms", "ts_us", "ts_usec", "ts_ns",
			"ts_sec", "lsn", "txId", "connector", "db", "schema", "table", "collection"), Map.of());
	/** What the decoder reads of an event. */
	private static final FieldSelection EVENT_FIELDS = new FieldSelection(Set.of("op", "before", "after", "source"),
			Map.of("source", SOURCE_FIELDS));
	/** What the decoder reads of a record value: the event, enveloped ({@code payload}) or alone. */
	private static final FieldSelection VALUE_FIELDS = new FieldSelection(
			Set.of("op", "before", "after", "source", PAYLOAD), Map.of("source", SOURCE_FIELDS, PAYLOAD, EVENT_FIELDS));

	private final KnownSchemas schemas = new KnownSchemas(SCHEMAS_KNOWN);

	/** Decodes one record: its key and value bytes as Kafka holds them (either may be null). */
	public DebeziumRecord decode(byte[] key, byte[] value) {
		try {
			if (value == null) {
				return new DebeziumRecord.Tombstone(keyColumns(key).orElseThrow(
						() -> new Problem(Reason.MISSING_FIELD, "key", "a record with neither key nor value")));
			}
			JsonNode event = payloadOf(value, "value", VALUE_FIELDS, EVENT_FIELDS);
			String op = text(event, "op", "op");
			ObjectNode sourceBlock = object(event, "source", "source")
					.orElseThrow(() -> new Problem(Reason.MISSING_FIELD, "source", "the event has no source block"));
			SourceInfo source = source(sourceBlock);
			if (TRUNCATE.equals(op)) {
				return new DebeziumRecord.Truncate(source);
			}
			RowOperation operation = OPERATIONS.get(op);
			if (operation == null) {
				throw new Problem(Reason.UNKNOWN_OPERATION, "op", "'" + op + "' is not c, u, d, r or t");
			}
			Optional<ObjectNode> before = row(event, "before");
			Optional<ObjectNode> after = row(event, "after");
			if (operation != RowOperation.DELETE && after.isEmpty()) {
				throw new Problem(Reason.MISSING_FIELD, "after", "a '" + op + "' event without the row after it");
			}
			String columns = keyColumns(key).orElseThrow(() -> new Problem(Reason.MISSING_FIELD, "key",
					"no record key: SyncScope follows rows by their key (the table needs a primary key)"));
			return new DebeziumRecord.Row(new RowChange(operation, source.qualifiedTable() + "[" + columns + "]",
					before, after, source));
		} catch (Problem problem) {
			return new DebeziumRecord.Failed(problem.error);
		}
	}

	/**
	 * The payload of a record: of the schema/payload envelope, or the record itself when it is the payload
	 * alone. Read with Jackson's streaming parser so that the envelope's schema, most of a record's bytes, is
	 * skipped rather than built into a tree; a schema seen before is not even tokenized. Of the record only the
	 * {@code selected} fields are built, of the payload only the {@code payloadFields}.
	 */
	private JsonNode payloadOf(byte[] bytes, String what, FieldSelection selected, FieldSelection payloadFields)
			throws Problem {
		int known = schemas.payloadStart(bytes);
		if (known >= 0) {
			Optional<JsonNode> payload = payloadAt(bytes, known, payloadFields);
			if (payload.isPresent()) {
				return payload.get();
			}
		}
		try (JsonParser parser = JSON.getFactory().createParser(bytes)) {
			JsonToken first = parser.nextToken();
			if (first == null) {
				throw new Problem(Reason.MALFORMED_JSON, what, "empty");
			}
			if (first != JsonToken.START_OBJECT) {
				JSON.readTree(parser);
				requireEnd(parser, what);
				throw new Problem(Reason.NOT_AN_OBJECT, what, "the " + what + " is JSON but not an object");
			}
			ObjectNode root = JSON.createObjectNode();
			boolean schema = false;
			while (parser.nextToken() == JsonToken.FIELD_NAME) {
				String field = parser.currentName();
				parser.nextToken();
				if (SCHEMA.equals(field)) {
					schema = true;
					long start = parser.currentTokenLocation().getByteOffset();
					parser.skipChildren();
					schemas.learn(bytes, (int) start, (int) parser.currentLocation().getByteOffset());
				} else {
					selected.readValue(parser, field).ifPresent(value -> root.set(field, value));
				}
			}
			requireEnd(parser, what);
			JsonNode payload = root.get(PAYLOAD);
			if (!schema || payload == null) {
				return root;
			}
			if (!payload.isObject()) {
				throw new Problem(payload.isNull() ? Reason.MISSING_FIELD : Reason.WRONG_TYPE, PAYLOAD,
						"the envelope's payload is not an object");
			}
			return payload;
		} catch (JsonProcessingException e) {
			throw new Problem(Reason.MALFORMED_JSON, what, e.getOriginalMessage());
		} catch (IOException e) {
			throw new Problem(Reason.MALFORMED_JSON, what, String.valueOf(e.getMessage()));
		}
	}

	/**
	 * The payload object that begins at byte {@code start} of an envelope whose schema is known and that ends
	 * right after it; empty when it is anything else, for the parser's way to tell what is wrong.
	 */
	private static Optional<JsonNode> payloadAt(byte[] envelope, int start, FieldSelection fields) {
		try (JsonParser parser = JSON.getFactory().createParser(envelope, start, envelope.length - 1 - start)) {
			if (parser.nextToken() != JsonToken.START_OBJECT) {
				return Optional.empty();
			}
			JsonNode payload = fields.readObject(parser);
			return parser.nextToken() == null ? Optional.of(payload) : Optional.empty();
		} catch (IOException e) {
			return Optional.empty();
		}
	}

	private static void requireEnd(JsonParser parser, String what) throws IOException, Problem {
		if (parser.nextToken() != null) {
			throw new Problem(Reason.MALFORMED_JSON, what, "content after the JSON document");
		}
	}

	/** The key's columns as {@code col=value,…}, from the record key (with or without its envelope). */
	private Optional<String> keyColumns(byte[] key) throws Problem {
		if (key == null) {
			return Optional.empty();
		}
		JsonNode columns = payloadOf(key, "key", FieldSelection.ALL, FieldSelection.ALL);
		if (!columns.isObject() || columns.isEmpty()) {
			throw new Problem(Reason.INVALID_VALUE, "key", "the record key names no column");
		}
		StringJoiner parts = new StringJoiner(",");
		for (Map.Entry<String, JsonNode> column : columns.properties()) {
			parts.add(column.getKey() + "=" + asJson(column.getValue()));
		}
		return Optional.of(parts.toString());
	}

	/** A value as JSON; whole numbers and booleans, a key's usual columns, without a serializer's set-up. */
	private static String asJson(JsonNode value) {
		return value.isIntegralNumber() || value.isBoolean() ? value.asText() : value.toString();
	}

	/** The source block; MongoDB's connector names the {@code collection} where the others name the table. */
	private static SourceInfo source(ObjectNode source) throws Problem {
		String table = source.hasNonNull("table") || !source.hasNonNull("collection")
				? text(source, "table", "source.table")
				: text(source, "collection", "source.collection");
		return new SourceInfo(commitMillis(source), number(source, "lsn"), number(source, "txId"),
				source.path("connector").asText(""), source.path("db").asText(""), source.path("schema").asText(""),
				table);
	}

	/** The commit time in milliseconds from whichever timestamp field the connector's version writes. */
	private static OptionalLong commitMillis(ObjectNode source) {
		OptionalLong millis = number(source, "ts_ms");
		if (millis.isPresent()) {
			return millis;
		}
		OptionalLong micros = number(source, "ts_us");
		if (micros.isEmpty()) {
			micros = number(source, "ts_usec");
		}
		if (micros.isPresent()) {
			return OptionalLong.of(micros.getAsLong() / 1_000);
		}
		OptionalLong nanos = number(source, "ts_ns");
		if (nanos.isPresent()) {
			return OptionalLong.of(nanos.getAsLong() / 1_000_000);
		}
		OptionalLong seconds = number(source, "ts_sec");
		return seconds.isPresent() && seconds.getAsLong() > 0 ? OptionalLong.of(seconds.getAsLong() * 1_000)
				: OptionalLong.empty();
	}

	/** A row: an object, or (MongoDB) a JSON string holding one; empty when absent or null. */
	private static Optional<ObjectNode> row(JsonNode event, String field) throws Problem {
		JsonNode row = event.get(field);
		if (row == null || row.isNull()) {
			return Optional.empty();
		}
		if (row.isTextual()) {
			try {
				row = JSON.readTree(row.asText());
			} catch (JsonProcessingException e) {
				throw new Problem(Reason.WRONG_TYPE, field, "a string that is not a JSON document");
			}
		}
		if (!(row instanceof ObjectNode object)) {
			throw new Problem(Reason.WRONG_TYPE, field, "not an object");
		}
		return Optional.of(object);
	}

	private static Optional<ObjectNode> object(JsonNode node, String field, String path) throws Problem {
		JsonNode value = node.get(field);
		if (value == null || value.isNull()) {
			return Optional.empty();
		}
		if (!(value instanceof ObjectNode object)) {
			throw new Problem(Reason.WRONG_TYPE, path, "not an object");
		}
		return Optional.of(object);
	}

	private static String text(JsonNode node, String field, String path) throws Problem {
		JsonNode value = node.get(field);
		if (value == null || value.isNull()) {
			throw new Problem(Reason.MISSING_FIELD, path, "absent");
		}
		if (!value.isTextual()) {
			throw new Problem(Reason.WRONG_TYPE, path, "not a string");
		}
		return value.asText();
	}

	private static OptionalLong number(JsonNode node, String field) {
		JsonNode value = node.get(field);
		return value != null && value.canConvertToLong() ? OptionalLong.of(value.asLong()) : OptionalLong.empty();
	}

	/** A reason to refuse the record, thrown within the decoder only. */
	private static final class Problem extends Exception {

		private static final long serialVersionUID = 1L;

		private final transient DecodeError error;

		Problem(Reason reason, String field, String detail) {
			super(detail, null, false, false);
			this.error = new DecodeError(reason, field, detail);
		}
	}
}
