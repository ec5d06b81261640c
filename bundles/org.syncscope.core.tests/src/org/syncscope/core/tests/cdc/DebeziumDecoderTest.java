package org.syncscope.core.tests.cdc;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.syncscope.core.cdc.DebeziumDecoder;
import org.syncscope.core.cdc.DebeziumRecord;
import org.syncscope.core.cdc.RowChange;
import org.syncscope.core.cdc.RowKey;
import org.syncscope.core.cdc.RowOperation;
import org.syncscope.core.event.DecodeError;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * Debezium records as the real PostgreSQL connector wrote them in the harness (fixtures/debezium), with and
 * without the schema envelope, and what must be refused with a reason.
 */
class DebeziumDecoderTest {

	private static final ObjectMapper JSON = new ObjectMapper();
	private final DebeziumDecoder decoder = new DebeziumDecoder();

	@Test
	void anInsertIsTheRowAfterWithItsKeyAndSource() throws IOException {
		RowChange insert = row(fixture("pg-insert.key.json"), fixture("pg-insert.json"));
		assertEquals(RowOperation.CREATE, insert.operation());
		assertEquals("public.customers[id=10]", insert.key());
		assertEquals(Optional.empty(), insert.before());
		assertEquals("Edsger", insert.after().orElseThrow().get("name").asText());
		assertEquals(OptionalLong.of(1796641408093L), insert.source().commitMillis());
		assertTrue(insert.source().lsn().isPresent() && insert.source().txId().isPresent());
		assertEquals("postgresql", insert.source().connector());
		assertEquals("shop", insert.source().database());
		assertEquals(Set.of("id", "name", "syncscope_origin"), insert.changedColumns());
	}

	@ParameterizedTest
	@CsvSource({ "pg-insert", "pg-update", "pg-delete" })
	void thePayloadAloneDecodesAsTheEnvelopeDoes(String name) throws IOException {
		assertEquals(row(fixture(name + ".key.json"), fixture(name + ".json")),
				row(fixture(name + ".key.json"), fixture(name + ".payload-only.json")));
	}

	@Test
	void anUpdateChangesTheColumnsWhoseValueDiffers() throws IOException {
		RowChange update = row(fixture("pg-update.key.json"), fixture("pg-update.json"));
		assertEquals(RowOperation.UPDATE, update.operation());
		assertEquals("Edsger", update.before().orElseThrow().get("name").asText());
		assertEquals("Edsger Dijkstra", update.after().orElseThrow().get("name").asText());
		assertEquals(Set.of("name"), update.changedColumns());
	}

	@Test
	void aToastPlaceholderIsNeverAChange() throws IOException {
		ObjectNode value = (ObjectNode) JSON.readTree(fixture("pg-update.json"));
		((ObjectNode) value.path("payload").path("after")).put("name", RowChange.UNAVAILABLE_VALUE);
		RowChange update = row(fixture("pg-update.key.json"), JSON.writeValueAsBytes(value));
		assertTrue(RowChange.isUnavailable(update.after().orElseThrow().get("name")));
		assertEquals(Set.of(), update.changedColumns());
	}

	@Test
	void aDeleteHasTheRowBeforeAndTheTombstoneAfterItIsNoChange() throws IOException {
		RowChange delete = row(fixture("pg-delete.key.json"), fixture("pg-delete.json"));
		assertEquals(RowOperation.DELETE, delete.operation());
		assertEquals("public.customers[id=1]", delete.key());
		assertEquals("Ada Lovelace", delete.before().orElseThrow().get("name").asText());
		assertEquals(Optional.empty(), delete.after());
		assertEquals(Set.of(), delete.changedColumns());

		assertEquals(new DebeziumRecord.Tombstone("id=1"), decoder.decode(fixture("pg-tombstone.key.json"), null));
	}

	@Test
	void aTruncateNamesItsTable() {
		DebeziumRecord truncate = decoder.decode(null, bytes(
				"{\"op\":\"t\",\"source\":{\"connector\":\"postgresql\",\"db\":\"shop\",\"schema\":\"public\","
						+ "\"table\":\"customers\",\"ts_ms\":5}}"));
		assertEquals("public.customers",
				assertInstanceOf(DebeziumRecord.Truncate.class, truncate).source().qualifiedTable());
	}

	@Test
	void olderTimestampFieldsAndMongoDbCollectionsWithRowsAsStrings() {
		RowChange read = row(bytes("{\"id\":7}"), bytes("{\"op\":\"r\",\"after\":\"{\\\"id\\\":7,\\\"x\\\":1}\","
				+ "\"source\":{\"connector\":\"mongodb\",\"db\":\"inventory\",\"collection\":\"things\",\"ts_sec\":12}}"));
		assertEquals(RowOperation.READ, read.operation());
		assertEquals("things[id=7]", read.key());
		assertEquals(1, read.after().orElseThrow().get("x").asInt());
		assertEquals(OptionalLong.of(12_000), read.source().commitMillis());
	}

	@ParameterizedTest
	@CsvSource(delimiter = '|', value = {
			"{\"id\":1} | not json | MALFORMED_JSON | value",
			"{\"id\":1} | [1] | NOT_AN_OBJECT | value",
			"{\"id\":1} | {\"source\":{\"table\":\"t\"}} | MISSING_FIELD | op",
			"{\"id\":1} | {\"op\":\"x\",\"source\":{\"table\":\"t\"}} | UNKNOWN_OPERATION | op",
			"{\"id\":1} | {\"op\":\"c\"} | MISSING_FIELD | source",
			"{\"id\":1} | {\"op\":\"c\",\"source\":{\"schema\":\"s\"}} | MISSING_FIELD | source.table",
			"{\"id\":1} | {\"op\":\"c\",\"before\":null,\"after\":null,\"source\":{\"table\":\"t\"}} | MISSING_FIELD | after",
			"{\"id\":1} | {\"op\":\"u\",\"after\":[1],\"source\":{\"table\":\"t\"}} | WRONG_TYPE | after",
			"{} | {\"op\":\"c\",\"after\":{\"id\":1},\"source\":{\"table\":\"t\"}} | INVALID_VALUE | key",
			"{\"schema\":{},\"payload\":null} | {\"op\":\"c\",\"after\":{\"id\":1},\"source\":{\"table\":\"t\"}} | MISSING_FIELD | payload" })
	void whatIsNoDebeziumEventIsRefusedWithAReason(String key, String value, DecodeError.Reason reason, String field) {
		DebeziumRecord.Failed failed = assertInstanceOf(DebeziumRecord.Failed.class,
				decoder.decode(bytes(key), bytes(value)));
		assertEquals(reason, failed.error().reason(), failed.error()::toString);
		assertEquals(field, failed.error().field());
	}

	@ParameterizedTest
	@CsvSource({ "pg-insert", "pg-update", "pg-delete" })
	void aSchemaSeenBeforeDecodesAsTheFirstTime(String name) throws IOException {
		byte[] key = fixture(name + ".key.json");
		byte[] value = fixture(name + ".json");
		DebeziumRecord first = decoder.decode(key, value);
		assertInstanceOf(DebeziumRecord.Row.class, first);
		assertEquals(first, decoder.decode(key, value));
		assertEquals(first, decoder.decode(key, value));
	}

	/**
	 * Once the envelope's schema is known, records that carry it around something else must still decode, or be
	 * refused, exactly as by a decoder that never saw it.
	 */
	@ParameterizedTest
	@CsvSource(delimiter = '|', quoteCharacter = '"', value = { "{'op':'u'}", "null", "[1,2]", "{'op':'u',", "{}}",
			"{'op':'x','source':{'table':'t'},'after':{}}",
			"{'op':'u','source':{'table':'t'},'after':{'id':1}},'extra':1",
			"{'op':'u','source':{'table':'t'},'after':{'id':1}}} " })
	void aKnownSchemaAroundAnotherPayloadDecodesAsWithoutIt(String payload) throws IOException {
		byte[] key = fixture("pg-update.key.json");
		byte[] known = fixture("pg-update.json");
		String envelope = new String(known, StandardCharsets.UTF_8).strip();
		String schema = envelope.substring(0, envelope.indexOf(",\"payload\":"));
		byte[] other = bytes(schema + ",\"payload\":" + payload.replace('\'', '"') + "}");
		assertInstanceOf(DebeziumRecord.Row.class, decoder.decode(key, known));
		assertEquals(new DebeziumDecoder().decode(key, other), decoder.decode(key, other));
	}

	@Test
	void recordsOfTwoTablesDecodeInTurnWithTheirOwnSchemas() throws IOException {
		byte[] updateKey = fixture("pg-update.key.json");
		byte[] update = fixture("pg-update.json");
		ObjectNode renamed = (ObjectNode) JSON.readTree(update);
		((ObjectNode) renamed.get("schema")).put("name", "eu.public.orders.Envelope");
		((ObjectNode) renamed.get("payload").get("source")).put("table", "orders");
		byte[] order = JSON.writeValueAsBytes(renamed);
		for (int round = 0; round < 3; round++) {
			assertEquals("public.customers[id=10]", row(updateKey, update).key());
			assertEquals("public.orders[id=10]", row(updateKey, order).key());
		}
	}

	@ParameterizedTest
	@CsvSource({ "pg-insert", "pg-update", "pg-delete" })
	void aRowKeyReadsBackAsTheTableAndColumnsItWasMadeOf(String name) throws IOException {
		RowChange change = row(fixture(name + ".key.json"), fixture(name + ".json"));
		RowKey key = RowKey.parse(change.key());
		assertEquals("public.customers", key.table());
		ObjectNode recordKey = (ObjectNode) JSON.readTree(fixture(name + ".key.json")).get("payload");
		assertEquals(recordKey.propertyStream().map(Map.Entry::getKey).toList(), List.copyOf(key.columns().keySet()));
		recordKey.properties().forEach(column -> assertEquals(column.getValue(), key.columns().get(column.getKey())));
	}

	@Test
	void aRowKeyOfSeveralColumnsWithTextThatLooksLikeTheSyntaxReadsBack() {
		RowChange change = row(bytes("{\"tenant\":\"a,b=c]\",\"id\":7,\"on\":true}"),
				bytes("{\"op\":\"c\",\"after\":{\"id\":7},\"source\":{\"schema\":\"s\",\"table\":\"t\"}}"));
		assertEquals("s.t[tenant=\"a,b=c]\",id=7,on=true]", change.key());
		RowKey key = RowKey.parse(change.key());
		assertEquals("s.t", key.table());
		assertEquals(List.of("tenant", "id", "on"), List.copyOf(key.columns().keySet()));
		assertEquals("a,b=c]", key.columns().get("tenant").asText());
		assertEquals(7, key.columns().get("id").asInt());
		assertTrue(key.columns().get("on").asBoolean());
	}

	@ParameterizedTest
	@CsvSource(delimiter = '|', value = { "customers", "t[]", "[id=1]", "t[id=]", "t[id=1", "t[id=1;x=2]", "t[=1]" })
	void whatIsNoRowKeyIsRefused(String text) {
		assertThrows(IllegalArgumentException.class, () -> RowKey.parse(text));
	}

	@Test
	void aChangeWithoutARecordKeyIsRefused() throws IOException {
		DebeziumRecord.Failed failed = assertInstanceOf(DebeziumRecord.Failed.class,
				decoder.decode(null, fixture("pg-insert.json")));
		assertEquals(DecodeError.Reason.MISSING_FIELD, failed.error().reason());
		assertEquals("key", failed.error().field());
		assertTrue(failed.error().detail().contains("primary key"), failed.error()::toString);
	}

	private RowChange row(byte[] key, byte[] value) {
		DebeziumRecord record = decoder.decode(key, value);
		if (record instanceof DebeziumRecord.Failed failed) {
			throw new AssertionError("did not decode: " + failed.error());
		}
		return assertInstanceOf(DebeziumRecord.Row.class, record).change();
	}

	private static byte[] fixture(String name) throws IOException {
		try (InputStream in = DebeziumDecoderTest.class.getResourceAsStream("/fixtures/debezium/" + name)) {
			if (in == null) {
				throw new IOException("no fixture " + name);
			}
			return in.readAllBytes();
		}
	}

	private static byte[] bytes(String text) {
		return text.getBytes(StandardCharsets.UTF_8);
	}
}
