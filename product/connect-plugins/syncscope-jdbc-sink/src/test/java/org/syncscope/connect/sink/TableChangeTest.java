package org.syncscope.connect.sink;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;
import java.util.Optional;

import org.apache.kafka.connect.data.Schema;
import org.apache.kafka.connect.data.SchemaBuilder;
import org.apache.kafka.connect.data.Struct;
import org.apache.kafka.connect.data.Timestamp;
import org.apache.kafka.connect.errors.DataException;
import org.apache.kafka.connect.sink.SinkRecord;
import org.junit.jupiter.api.Test;

/**
 * Change events built with Connect's own data API as Debezium's envelope has them, read into row changes, and
 * the loop-prevention decision on them.
 */
class TableChangeTest {

	private static final String ORIGIN = JdbcSinkConfig.DEFAULT_ORIGIN_COLUMN;
	private static final Schema KEY = SchemaBuilder.struct().field("id", Schema.INT32_SCHEMA).build();
	private static final Schema ROW = SchemaBuilder.struct().optional().field("id", Schema.INT32_SCHEMA)
			.field("name", Schema.OPTIONAL_STRING_SCHEMA).field("seen", Timestamp.builder().optional().build())
			.field(ORIGIN, Schema.OPTIONAL_STRING_SCHEMA).build();
	private static final Schema SOURCE = SchemaBuilder.struct().field("schema", Schema.STRING_SCHEMA)
			.field("table", Schema.STRING_SCHEMA).build();
	private static final Schema ENVELOPE = SchemaBuilder.struct().field("before", ROW).field("after", ROW)
			.field("source", SOURCE).field("op", Schema.STRING_SCHEMA).build();

	@Test
	void anUpdateCarriesTheNewRowAndItsOrigin() {
		TableChange change = TableChange.of(record("u", row(1, "Ada", "eu"), row(1, "Ada L.", "us")), ORIGIN)
				.orElseThrow();
		assertEquals(TableChange.Operation.UPSERT, change.operation());
		assertEquals("public", change.schema());
		assertEquals("customers", change.table());
		assertEquals(Map.of("id", 1), change.key());
		assertEquals("Ada L.", change.columns().get("name"));
		assertEquals(java.sql.Timestamp.class, change.columns().get("seen").getClass(), "logical types as JDBC's");
		assertEquals(Optional.of("us"), change.origin());
	}

	@Test
	void aDeleteCarriesTheKeyAndTheDeletedRowsOrigin() {
		TableChange change = TableChange.of(record("d", row(1, "Ada", "eu"), null), ORIGIN).orElseThrow();
		assertEquals(TableChange.Operation.DELETE, change.operation());
		assertEquals(Map.of("id", 1), change.key());
		assertTrue(change.columns().isEmpty());
	}

	@Test
	void aTombstoneIsNoChange() {
		SinkRecord tombstone = new SinkRecord("eu.public.customers", 0, KEY, new Struct(KEY).put("id", 1), null, null, 7);
		assertTrue(TableChange.of(tombstone, ORIGIN).isEmpty());
	}

	@Test
	void aTableWithoutAnOriginColumnIsRefusedByName() {
		Schema bare = SchemaBuilder.struct().optional().field("id", Schema.INT32_SCHEMA).build();
		Schema envelope = SchemaBuilder.struct().field("before", bare).field("after", bare).field("source", SOURCE)
				.field("op", Schema.STRING_SCHEMA).build();
		Struct value = new Struct(envelope).put("after", new Struct(bare).put("id", 1)).put("source", source())
				.put("op", "c");
		DataException refused = assertThrows(DataException.class, () -> TableChange.of(
				new SinkRecord("t", 0, KEY, new Struct(KEY).put("id", 1), envelope, value, 3), ORIGIN));
		assertTrue(refused.getMessage().contains("public.customers has no column " + ORIGIN), refused::getMessage);
	}

	@Test
	void onlyInsertsAndUpdatesThatBeganInTheRegionAreSkipped() {
		ChangeApplier us = new ChangeApplier("us");
		assertTrue(us.begunHere(TableChange.of(record("u", null, row(1, "x", "us")), ORIGIN).orElseThrow()));
		assertFalse(us.begunHere(TableChange.of(record("u", null, row(1, "x", "eu")), ORIGIN).orElseThrow()));
		assertFalse(us.begunHere(TableChange.of(record("c", null, row(1, "x", null)), ORIGIN).orElseThrow()),
				"a row without an origin yet is applied");
		assertFalse(us.begunHere(TableChange.of(record("d", row(1, "x", "us"), null), ORIGIN).orElseThrow()),
				"a delete is applied whoever wrote the row last");
	}

	private static SinkRecord record(String op, Struct before, Struct after) {
		Struct value = new Struct(ENVELOPE).put("before", before).put("after", after).put("source", source()).put("op",
				op);
		return new SinkRecord("eu.public.customers", 0, KEY, new Struct(KEY).put("id", 1), ENVELOPE, value, 5);
	}

	private static Struct source() {
		return new Struct(SOURCE).put("schema", "public").put("table", "customers");
	}

	private static Struct row(int id, String name, String origin) {
		return new Struct(ROW).put("id", id).put("name", name).put("seen", new java.util.Date(0)).put(ORIGIN, origin);
	}
}
