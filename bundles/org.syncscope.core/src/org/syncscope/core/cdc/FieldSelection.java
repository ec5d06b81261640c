package org.syncscope.core.cdc;

import java.io.IOException;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * The fields of a JSON object that the decoder uses, and those of its nested objects: read from a streaming
 * parser into a tree, while every other field is skipped without building anything (a Debezium event's
 * {@code source} block has about sixteen fields, of which the decoder needs a handful). Values are built
 * into the nodes Jackson's own tree reading gives them (ints as int nodes, longs as long nodes, fractions as
 * doubles), without its per-call set-up.
 *
 * @param fields the fields kept; {@code null} for all of them
 * @param nested for a kept field whose value is an object, the selection within it; a field not named here is
 *            kept whole
 */
record FieldSelection(Set<String> fields, Map<String, FieldSelection> nested) {

	/** Every field, whole. */
	static final FieldSelection ALL = new FieldSelection(null, Map.of());

	private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

	/** Reads the object whose {@code START_OBJECT} the parser is at, up to its end, keeping what is selected. */
	ObjectNode readObject(JsonParser parser) throws IOException {
		ObjectNode object = NODES.objectNode();
		while (parser.nextToken() == JsonToken.FIELD_NAME) {
			String field = parser.currentName();
			parser.nextToken();
			Optional<JsonNode> value = readValue(parser, field);
			if (value.isPresent()) {
				object.set(field, value.get());
			}
		}
		return object;
	}

	/** Reads the value of {@code field} the parser is at if it is selected; skips it otherwise. */
	Optional<JsonNode> readValue(JsonParser parser, String field) throws IOException {
		if (fields != null && !fields.contains(field)) {
			parser.skipChildren();
			return Optional.empty();
		}
		FieldSelection within = nested.get(field);
		if (within != null && parser.currentToken() == JsonToken.START_OBJECT) {
			return Optional.of(within.readObject(parser));
		}
		return Optional.of(readWhole(parser));
	}

	/** The whole value the parser is at. */
	private static JsonNode readWhole(JsonParser parser) throws IOException {
		JsonToken token = parser.currentToken();
		if (token == null) {
			throw new JsonParseException(parser, "no value");
		}
		return switch (token) {
		case START_OBJECT -> ALL.readObject(parser);
		case START_ARRAY -> readArray(parser);
		case VALUE_STRING -> NODES.textNode(parser.getText());
		case VALUE_NUMBER_INT -> switch (parser.getNumberType()) {
		case INT -> NODES.numberNode(parser.getIntValue());
		case LONG -> NODES.numberNode(parser.getLongValue());
		default -> NODES.numberNode(parser.getBigIntegerValue());
		};
		case VALUE_NUMBER_FLOAT -> NODES.numberNode(parser.getDoubleValue());
		case VALUE_TRUE -> NODES.booleanNode(true);
		case VALUE_FALSE -> NODES.booleanNode(false);
		case VALUE_NULL -> NODES.nullNode();
		default -> throw new JsonParseException(parser, "unexpected " + token);
		};
	}

	private static ArrayNode readArray(JsonParser parser) throws IOException {
		ArrayNode array = NODES.arrayNode();
		while (parser.nextToken() != JsonToken.END_ARRAY) {
			array.add(readWhole(parser));
		}
		return array;
	}
}
