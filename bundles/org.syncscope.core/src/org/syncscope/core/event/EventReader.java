package org.syncscope.core.event;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import org.syncscope.core.event.DecodeError.Reason;
import org.syncscope.core.vv.VersionVector;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.exc.InputCoercionException;

/**
 * Reads one event with the streaming parser and validates each field as it goes; the payload is validated and
 * fingerprinted from its tokens and kept as text, no tree is built. Used once per record by {@link EventCodec}.
 */
final class EventReader {

	static final String VERSION = "v";
	static final String ID = "id";
	static final String KEY = "key";
	static final String OPERATION = "op";
	static final String ORIGIN = "origin";
	static final String VECTOR = "vv";
	static final String TIMESTAMP = "ts";
	static final String PAYLOAD = "payload";

	/** The fields of format version 1, all required; a field's bit in {@link #seen} is its index here. */
	private static final String[] FIELDS = { VERSION, ID, KEY, OPERATION, ORIGIN, VECTOR, TIMESTAMP, PAYLOAD };
	private static final int UUID_TEXT_LENGTH = 36;

	private final byte[] source;
	private final JsonParser parser;
	private int seen;
	private UUID id;
	private String key;
	private Operation operation;
	private String origin;
	private VersionVector vector;
	private long timestamp;
	private Payload payload;

	/** A reader of the event in {@code source}, which {@code parser} parses from its first byte. */
	EventReader(byte[] source, JsonParser parser) {
		this.source = source;
		this.parser = parser;
	}

	ChangeEvent read() throws IOException {
		if (parser.nextToken() != JsonToken.START_OBJECT) {
			throw invalid(Reason.NOT_AN_OBJECT, "", "the record is not a JSON object");
		}
		for (JsonToken token = parser.nextToken(); token != JsonToken.END_OBJECT; token = parser.nextToken()) {
			String name = parser.currentName();
			int bit = 1 << fieldIndex(name);
			if ((seen & bit) != 0) {
				throw invalid(Reason.DUPLICATE_FIELD, name, "field appears more than once");
			}
			seen |= bit;
			parser.nextToken();
			readField(name);
		}
		if (parser.nextToken() != null) {
			throw invalid(Reason.MALFORMED_JSON, "", "trailing content after the event object");
		}
		for (int i = 0; i < FIELDS.length; i++) {
			if ((seen & 1 << i) == 0) {
				throw invalid(Reason.MISSING_FIELD, FIELDS[i], "required field is missing");
			}
		}
		if (vector.counter(origin) == 0) {
			throw invalid(Reason.INVALID_VALUE, VECTOR, "origin " + origin + " has no counter in the vector");
		}
		return new ChangeEvent(id, key, operation, payload, origin, vector, timestamp);
	}

	private static int fieldIndex(String name) {
		for (int i = 0; i < FIELDS.length; i++) {
			if (FIELDS[i].equals(name)) {
				return i;
			}
		}
		throw invalid(Reason.UNKNOWN_FIELD, name, "field is not part of format version 1");
	}

	private void readField(String name) throws IOException {
		switch (name) {
		case VERSION -> {
			long version = readLong("", name);
			if (version != EventCodec.FORMAT_VERSION) {
				throw invalid(Reason.UNSUPPORTED_VERSION, name, "format version " + version + " is not supported");
			}
		}
		case ID -> id = readUuid(readString(name));
		case KEY -> key = readNonEmpty(name);
		case OPERATION -> operation = readOperation(readString(name));
		case ORIGIN -> origin = readNonEmpty(name);
		case VECTOR -> vector = readVector();
		case TIMESTAMP -> timestamp = readNonNegative("", name);
		default -> payload = readPayload(); // fieldIndex admitted only the eight names; this is "payload"
		}
	}

	private VersionVector readVector() throws IOException {
		expect(JsonToken.START_OBJECT, VECTOR, "an object of replica counters");
		VersionVector.Builder builder = VersionVector.builder();
		List<String> replicas = new ArrayList<>(4);
		while (parser.nextToken() != JsonToken.END_OBJECT) {
			String replica = parser.currentName();
			if (replica.isBlank()) {
				throw invalid(Reason.INVALID_VALUE, VECTOR, "blank replica id");
			}
			if (replicas.contains(replica)) {
				throw invalid(Reason.DUPLICATE_FIELD, VECTOR + "." + replica, "replica appears more than once");
			}
			replicas.add(replica);
			parser.nextToken();
			builder.put(replica, readNonNegative(VECTOR + ".", replica));
		}
		return builder.build();
	}

	/** Validates the payload and fingerprints it from the tokens; the tree is built only if asked for later. */
	private Payload readPayload() throws IOException {
		expect(JsonToken.START_OBJECT, PAYLOAD, "a JSON object");
		int start = (int) parser.currentTokenLocation().getByteOffset();
		long fingerprint;
		try {
			fingerprint = Fingerprint.scanObject(parser);
		} catch (Fingerprint.DuplicateField duplicate) {
			throw invalid(Reason.DUPLICATE_FIELD, PAYLOAD, duplicate.getMessage());
		}
		int end = (int) parser.currentLocation().getByteOffset();
		return Payload.decoded(source, start, end - start, fingerprint);
	}

	/** Reads a counter or timestamp; the field is named by prefix and name, joined only for an error. */
	private long readNonNegative(String prefix, String name) throws IOException {
		long value = readLong(prefix, name);
		if (value < 0) {
			throw invalid(Reason.INVALID_VALUE, prefix + name, "must not be negative: " + value);
		}
		return value;
	}

	private long readLong(String prefix, String name) throws IOException {
		if (parser.currentToken() != JsonToken.VALUE_NUMBER_INT) {
			expect(JsonToken.VALUE_NUMBER_INT, prefix + name, "an integer");
		}
		try {
			return parser.getLongValue();
		} catch (InputCoercionException e) {
			throw invalid(Reason.INVALID_VALUE, prefix + name, "integer out of range: " + parser.getText());
		}
	}

	private String readString(String field) throws IOException {
		expect(JsonToken.VALUE_STRING, field, "a string");
		return parser.getText();
	}

	private String readNonEmpty(String field) throws IOException {
		String value = readString(field);
		if (value.isBlank()) {
			throw invalid(Reason.INVALID_VALUE, field, "must not be blank");
		}
		return value;
	}

	private UUID readUuid(String text) {
		try {
			if (text.length() == UUID_TEXT_LENGTH) {
				return UUID.fromString(text);
			}
		} catch (IllegalArgumentException e) {
			// reported below with the text
		}
		throw invalid(Reason.INVALID_VALUE, ID, "not a UUID: " + text);
	}

	private static Operation readOperation(String text) {
		for (Operation candidate : Operation.values()) {
			if (candidate.name().equals(text)) {
				return candidate;
			}
		}
		throw invalid(Reason.UNKNOWN_OPERATION, OPERATION, "expected UPSERT or DELETE, got " + text);
	}

	private void expect(JsonToken expected, String field, String what) {
		JsonToken actual = parser.currentToken();
		if (actual != expected) {
			throw invalid(Reason.WRONG_TYPE, field, "expected " + what + ", got " + describe(actual));
		}
	}

	private static String describe(JsonToken token) {
		return switch (token) {
		case START_OBJECT -> "an object";
		case START_ARRAY -> "an array";
		case VALUE_STRING -> "a string";
		case VALUE_NUMBER_INT -> "an integer";
		case VALUE_NUMBER_FLOAT -> "a decimal number";
		case VALUE_TRUE, VALUE_FALSE -> "a boolean";
		case VALUE_NULL -> "null";
		default -> String.valueOf(token);
		};
	}

	private static Invalid invalid(Reason reason, String field, String detail) {
		return new Invalid(new DecodeError(reason, field, detail));
	}

	/** Carries a decode error out of nested reads; cheap because it records no stack trace. */
	static final class Invalid extends RuntimeException {

		private static final long serialVersionUID = 1L;

		private final transient DecodeError error;

		Invalid(DecodeError error) {
			super(error.detail(), null, false, false);
			this.error = error;
		}

		DecodeError error() {
			return error;
		}
	}
}
