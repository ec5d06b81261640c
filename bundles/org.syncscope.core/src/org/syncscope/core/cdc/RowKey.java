package org.syncscope.core.cdc;

import java.io.IOException;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * A row's key as {@link DebeziumDecoder} writes it, read back: the table ({@code schema.table}, or the table
 * or collection alone) and the key columns in order with their JSON values, from the text
 * {@code schema.table[col=value,…]}. What writes a resolution into a database finds the row with it.
 *
 * @param table   the table, qualified by its schema where the source names one
 * @param columns the key columns, in the key's order
 */
public record RowKey(String table, Map<String, JsonNode> columns) {

	private static final ObjectMapper JSON = new ObjectMapper();

	public RowKey {
		Objects.requireNonNull(table, "table");
		columns = Collections.unmodifiableMap(new LinkedHashMap<>(columns));
	}

	/** Reads {@code key}; a text that is no such key is refused with the reason. */
	public static RowKey parse(String key) {
		int open = key.indexOf('[');
		if (open <= 0 || !key.endsWith("]")) {
			throw new IllegalArgumentException("Not a row key (table[column=value,…]): " + key);
		}
		Map<String, JsonNode> columns = new LinkedHashMap<>();
		int at = open + 1;
		while (at < key.length() - 1) {
			int equals = key.indexOf('=', at);
			if (equals <= at) {
				throw new IllegalArgumentException("A key column without a name or value at " + at + ": " + key);
			}
			String column = key.substring(at, equals);
			at = readValue(key, equals + 1, column, columns);
			if (key.charAt(at) == ',') {
				at++;
			} else if (at != key.length() - 1) {
				throw new IllegalArgumentException("Expected ',' or ']' at " + at + ": " + key);
			}
		}
		if (columns.isEmpty()) {
			throw new IllegalArgumentException("A row key names no column: " + key);
		}
		return new RowKey(key.substring(0, open), columns);
	}

	/**
	 * Reads the JSON value of {@code column} that starts at {@code from}; returns where the value ends. The rest
	 * of the key is read as the inside of an array, where a value may be followed by a comma.
	 */
	private static int readValue(String key, int from, String column, Map<String, JsonNode> columns) {
		try (JsonParser parser = JSON.getFactory().createParser("[" + key.substring(from))) {
			parser.nextToken();
			JsonToken value = parser.nextToken();
			if (value == null || value.isStructEnd()) {
				throw new IllegalArgumentException("Key column " + column + " has no value: " + key);
			}
			columns.put(column, JSON.readTree(parser));
			return from + (int) parser.currentLocation().getCharOffset() - 1;
		} catch (IOException e) {
			throw new IllegalArgumentException("The value of key column " + column + " is no JSON: " + key, e);
		}
	}
}
