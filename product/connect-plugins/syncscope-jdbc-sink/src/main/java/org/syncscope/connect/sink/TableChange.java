package org.syncscope.connect.sink;

import java.nio.ByteBuffer;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

import org.apache.kafka.connect.data.Date;
import org.apache.kafka.connect.data.Field;
import org.apache.kafka.connect.data.Struct;
import org.apache.kafka.connect.data.Time;
import org.apache.kafka.connect.data.Timestamp;
import org.apache.kafka.connect.errors.DataException;
import org.apache.kafka.connect.sink.SinkRecord;

/**
 * One row change read from a Debezium change event (the envelope {@code before}, {@code after},
 * {@code source}, {@code op}, with schemas): the table it happened in, its operation, the row's key columns
 * (the record key) and, for inserts and updates, all columns of the new row as JDBC values; {@code origin} is
 * the region the change began in, as the row's origin column says (empty when the row has none yet).
 */
record TableChange(Operation operation, String schema, String table, Map<String, Object> key,
		Map<String, Object> columns, Optional<String> origin) {

	/** What a change does to its row. */
	enum Operation {
		/** insert, update or snapshot read: the row has these columns now */
		UPSERT,
		/** the row is gone */
		DELETE
	}

	/**
	 * The change a record carries; empty for a tombstone or an operation that changes no row (truncate,
	 * message).
	 *
	 * @throws DataException when the record is not a Debezium change event with schemas, or its table has no
	 *                       key or no origin column
	 */
	static Optional<TableChange> of(SinkRecord record, String originColumn) {
		if (record.value() == null) {
			return Optional.empty();
		}
		if (!(record.value() instanceof Struct envelope) || envelope.schema().field("op") == null) {
			throw new DataException("Not a Debezium change event with a schema (topic " + record.topic() + ", offset "
					+ record.kafkaOffset() + "): the sink needs the JSON converter with schemas.enable=true");
		}
		Struct source = envelope.getStruct("source");
		String schema = source.getString("schema");
		String table = source.getString("table");
		String op = envelope.getString("op");
		Operation operation = switch (op) {
		case "c", "u", "r" -> Operation.UPSERT;
		case "d" -> Operation.DELETE;
		default -> null;
		};
		if (operation == null) {
			return Optional.empty();
		}
		if (!(record.key() instanceof Struct key)) {
			throw new DataException("The change to " + schema + "." + table + " at offset " + record.kafkaOffset()
					+ " has no key: the sink applies changes of tables with a primary key only");
		}
		Struct row = envelope.getStruct(operation == Operation.UPSERT ? "after" : "before");
		if (row != null && row.schema().field(originColumn) == null) {
			throw new DataException("Table " + schema + "." + table + " has no column " + originColumn
					+ ": loop prevention needs it (see docs/cdc-loop-prevention.md)");
		}
		Map<String, Object> columns = operation == Operation.UPSERT ? values(row) : Map.of();
		Optional<String> origin = row == null ? Optional.empty()
				: Optional.ofNullable(row.getString(originColumn)).filter(name -> !name.isEmpty());
		return Optional.of(new TableChange(operation, schema, table, values(key), columns, origin));
	}

	private static Map<String, Object> values(Struct struct) {
		Map<String, Object> values = new LinkedHashMap<>();
		for (Field field : struct.schema().fields()) {
			values.put(field.name(), jdbcValue(field, struct.get(field)));
		}
		return values;
	}

	/** Connect's values as the PostgreSQL driver takes them (logical dates and times become java.sql types). */
	private static Object jdbcValue(Field field, Object value) {
		if (value == null) {
			return null;
		}
		String logical = field.schema().name();
		if (value instanceof java.util.Date date && logical != null) {
			return switch (logical) {
			case Date.LOGICAL_NAME -> new java.sql.Date(date.getTime());
			case Time.LOGICAL_NAME -> new java.sql.Time(date.getTime());
			case Timestamp.LOGICAL_NAME -> new java.sql.Timestamp(date.getTime());
			default -> date;
			};
		}
		if (value instanceof ByteBuffer buffer) {
			byte[] bytes = new byte[buffer.remaining()];
			buffer.duplicate().get(bytes);
			return bytes;
		}
		if (value instanceof Struct || value instanceof Map || value instanceof java.util.List) {
			throw new DataException("Column " + field.name() + " has a structured value the sink cannot apply: "
					+ field.schema().type());
		}
		return value;
	}
}
