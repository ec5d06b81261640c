package org.syncscope.core.event;

import java.io.IOException;
import java.math.BigInteger;
import java.util.Map;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.json.DupDetector;
import com.fasterxml.jackson.databind.JsonNode;

/**
 * A 64-bit content hash of JSON in which object fields are combined by addition, so that field order does
 * not matter (as it does not for {@link JsonNode#equals}), while array order does. It is computed either from
 * a tree or straight from the parser's tokens while the codec validates a payload, without building the tree;
 * both paths share the same leaf and combination functions, so they agree. Collisions are possible in theory
 * (about one in 2^64 for unequal payloads); the detector accepts that risk for a pseudo-conflict, which only
 * closes a conflict whose two sides then carry identical text. {@link EnvelopeScanner} computes it from a
 * record's bytes with the same functions.
 */
final class Fingerprint {

	static final long OBJECT_SEED = 0x6a09e667f3bcc909L;
	static final long ARRAY_SEED = 0xbb67ae8584caa73bL;
	private static final long STRING = 0x3c6ef372fe94f82bL;
	private static final long INTEGER = 0xa54ff53a5f1d36f1L;
	private static final long BIG_INTEGER = 0x510e527fade682d1L;
	private static final long DECIMAL = 0x9b05688c2b3e6c1fL;
	static final long TRUE = 0x1f83d9abfb41bd6bL;
	static final long FALSE = 0x5be0cd19137e2179L;
	static final long NULL = 0xcbbb9d5dc1059ed8L;
	private static final long OTHER = 0x629a292a367cd507L;

	/** Thrown by {@link #scanObject} for a field name that appears twice in one object. */
	static final class DuplicateField extends IOException {

		private static final long serialVersionUID = 1L;

		DuplicateField(String name) {
			super("field \"" + name + "\" appears more than once");
		}
	}

	private Fingerprint() {
	}

	static long of(JsonNode node) {
		if (node.isObject()) {
			long sum = OBJECT_SEED;
			for (Map.Entry<String, JsonNode> field : node.properties()) {
				sum += field(field.getKey().hashCode(), of(field.getValue()));
			}
			return object(sum);
		}
		if (node.isArray()) {
			long hash = ARRAY_SEED;
			for (JsonNode element : node) {
				hash = element(hash, of(element));
			}
			return hash;
		}
		if (node.isTextual()) {
			return string(node.textValue().hashCode());
		}
		if (node.isIntegralNumber()) {
			return node.canConvertToLong() ? integer(node.longValue()) : bigInteger(node.bigIntegerValue());
		}
		if (node.isNumber()) {
			return decimal(node.doubleValue());
		}
		if (node.isBoolean()) {
			return node.booleanValue() ? TRUE : FALSE;
		}
		return node.isNull() ? NULL : mix(OTHER ^ node.hashCode());
	}

	/**
	 * The fingerprint of the object whose {@link JsonToken#START_OBJECT} is the parser's current token, read up
	 * to and including its {@link JsonToken#END_OBJECT}, with the same result as {@link #of} on its tree.
	 *
	 * @throws DuplicateField if a field name appears twice in one object (the tree would keep one of them)
	 */
	static long scanObject(JsonParser parser) throws IOException {
		DupDetector names = DupDetector.rootDetector(parser);
		long sum = OBJECT_SEED;
		while (parser.nextToken() == JsonToken.FIELD_NAME) {
			String name = parser.currentName();
			if (names.isDup(name)) {
				throw new DuplicateField(name);
			}
			parser.nextToken();
			sum += field(name.hashCode(), scanValue(parser));
		}
		return object(sum);
	}

	private static long scanValue(JsonParser parser) throws IOException {
		return switch (parser.currentToken()) {
		case START_OBJECT -> scanObject(parser);
		case START_ARRAY -> {
			long hash = ARRAY_SEED;
			while (parser.nextToken() != JsonToken.END_ARRAY) {
				hash = element(hash, scanValue(parser));
			}
			yield hash;
		}
		case VALUE_STRING -> string(textHash(parser));
		case VALUE_NUMBER_INT -> parser.getNumberType() == JsonParser.NumberType.BIG_INTEGER
				? bigInteger(parser.getBigIntegerValue())
				: integer(parser.getLongValue());
		case VALUE_NUMBER_FLOAT -> decimal(parser.getDoubleValue());
		case VALUE_TRUE -> TRUE;
		case VALUE_FALSE -> FALSE;
		case VALUE_NULL -> NULL;
		default -> throw new IOException("unexpected " + parser.currentToken() + " in a payload");
		};
	}

	/** {@link String#hashCode} of the current text, from the parser's buffer without making a string. */
	private static int textHash(JsonParser parser) throws IOException {
		char[] text = parser.getTextCharacters();
		int end = parser.getTextOffset() + parser.getTextLength();
		int hash = 0;
		for (int i = parser.getTextOffset(); i < end; i++) {
			hash = 31 * hash + text[i];
		}
		return hash;
	}

	/** An object's fingerprint from the sum of its fields' (starting at {@link #OBJECT_SEED}). */
	static long object(long fieldSum) {
		return mix(fieldSum);
	}

	/** A field's share of its object's sum, from {@link String#hashCode} of its name and its value's fingerprint. */
	static long field(int nameHash, long value) {
		return mix(mix(nameHash) ^ value);
	}

	/** An array's fingerprint so far (starting at {@link #ARRAY_SEED}) with one more element. */
	static long element(long hash, long value) {
		return mix(hash * 31 + value);
	}

	/** A string's, from {@link String#hashCode} of its text. */
	static long string(int textHash) {
		return mix(STRING ^ textHash);
	}

	static long integer(long value) {
		return mix(INTEGER ^ value);
	}

	private static long bigInteger(BigInteger value) {
		return mix(BIG_INTEGER ^ value.hashCode());
	}

	static long decimal(double value) {
		return mix(DECIMAL ^ Double.doubleToLongBits(value));
	}

	/** The finalizer of SplitMix64: spreads every input bit over the whole word. */
	private static long mix(long value) {
		long z = value + 0x9e3779b97f4a7c15L;
		z = (z ^ (z >>> 30)) * 0xbf58476d1ce4e5b9L;
		z = (z ^ (z >>> 27)) * 0x94d049bb133111ebL;
		return z ^ (z >>> 31);
	}
}
