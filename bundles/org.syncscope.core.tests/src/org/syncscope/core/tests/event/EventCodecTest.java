package org.syncscope.core.tests.event;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.syncscope.core.tests.Events.vv;

import java.nio.charset.StandardCharsets;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.syncscope.core.event.ChangeEvent;
import org.syncscope.core.event.DecodeError;
import org.syncscope.core.event.DecodeError.Reason;
import org.syncscope.core.event.DecodeResult;
import org.syncscope.core.event.EventCodec;
import org.syncscope.core.tests.Events;

class EventCodecTest {

	private static final String ID = "3f2504e0-4f89-11d3-9a0c-0305e82c3301";
	private static final String VALID = """
			{"v":1,"id":"%s","key":"customer/42","op":"UPSERT","origin":"eu","vv":{"eu":3,"us":2},\
			"ts":1764100000000,"payload":{"name":"Ada","tags":["a","b"],"n":{"x":1}}}""".formatted(ID);

	private final EventCodec codec = new EventCodec();

	@Test
	void decodesEveryField() {
		ChangeEvent event = decoded(VALID);
		assertEquals(ID, event.eventId().toString());
		assertEquals("customer/42", event.key());
		assertEquals("UPSERT", event.operation().name());
		assertEquals("eu", event.origin());
		assertEquals(vv("eu", 3, "us", 2), event.version());
		assertEquals(1764100000000L, event.sourceTimestamp());
		assertEquals("{\"name\":\"Ada\",\"tags\":[\"a\",\"b\"],\"n\":{\"x\":1}}", event.payload().toString());
	}

	@Test
	void roundTripsAndWritesTheSameBytesForEqualEvents() {
		ChangeEvent event = Events.delete("k", "us", vv("us", 7, "eu", 1), 5);
		byte[] encoded = codec.encode(event);
		assertEquals(event, decoded(new String(encoded, StandardCharsets.UTF_8)));
		assertArrayEquals(encoded, codec.encode(decoded(new String(encoded, StandardCharsets.UTF_8))));
		assertEquals("{\"v\":1,\"id\":\"" + event.eventId() + "\",\"key\":\"k\",\"op\":\"DELETE\",\"origin\":\"us\","
				+ "\"vv\":{\"eu\":1,\"us\":7},\"ts\":5,\"payload\":{}}", codec.encodeToString(event));
	}

	@Test
	void fieldOrderDoesNotMatter() {
		String reordered = """
				{"payload":{},"ts":1,"vv":{"a":1},"origin":"a","op":"DELETE","key":"k","id":"%s","v":1}"""
				.formatted(ID);
		assertEquals("k", decoded(reordered).key());
	}

	@Test
	void zeroCountersAreAcceptedAndDropped() {
		assertEquals(vv("eu", 3), decoded(VALID.replace("\"us\":2", "\"us\":0")).version());
	}

	static Stream<Arguments> malformed() {
		return Stream.of(
				Arguments.of("not json", "{\"v\":1,", Reason.MALFORMED_JSON, ""),
				Arguments.of("garbage", "\u0000\u0001binary", Reason.MALFORMED_JSON, ""),
				Arguments.of("trailing content", VALID + " {}", Reason.MALFORMED_JSON, ""),
				Arguments.of("array document", "[1,2]", Reason.NOT_AN_OBJECT, ""),
				Arguments.of("string document", "\"event\"", Reason.NOT_AN_OBJECT, ""),
				Arguments.of("missing key", VALID.replace("\"key\":\"customer/42\",", ""), Reason.MISSING_FIELD, "key"),
				Arguments.of("missing payload", VALID.replaceAll(",\"payload\":.*}$", "}"), Reason.MISSING_FIELD,
						"payload"),
				Arguments.of("missing version", VALID.replace("\"v\":1,", ""), Reason.MISSING_FIELD, "v"),
				Arguments.of("key is a number", VALID.replace("\"customer/42\"", "42"), Reason.WRONG_TYPE, "key"),
				Arguments.of("ts is a string", VALID.replace("1764100000000", "\"1764100000000\""),
						Reason.WRONG_TYPE, "ts"),
				Arguments.of("ts is decimal", VALID.replace("1764100000000", "1.5"), Reason.WRONG_TYPE, "ts"),
				Arguments.of("vv is an array", VALID.replace("{\"eu\":3,\"us\":2}", "[3,2]"), Reason.WRONG_TYPE,
						"vv"),
				Arguments.of("counter is a string", VALID.replace("\"us\":2", "\"us\":\"2\""), Reason.WRONG_TYPE,
						"vv.us"),
				Arguments.of("payload is an array", VALID.replaceAll("\"payload\":.*}$", "\"payload\":[1]}"),
						Reason.WRONG_TYPE, "payload"),
				Arguments.of("payload is null", VALID.replaceAll("\"payload\":.*}$", "\"payload\":null}"),
						Reason.WRONG_TYPE, "payload"),
				Arguments.of("unknown operation", VALID.replace("UPSERT", "MERGE"), Reason.UNKNOWN_OPERATION, "op"),
				Arguments.of("lower-case operation", VALID.replace("UPSERT", "upsert"), Reason.UNKNOWN_OPERATION,
						"op"),
				Arguments.of("negative counter", VALID.replace("\"us\":2", "\"us\":-2"), Reason.INVALID_VALUE,
						"vv.us"),
				Arguments.of("counter overflows", VALID.replace("\"us\":2", "\"us\":99999999999999999999"),
						Reason.INVALID_VALUE, "vv.us"),
				Arguments.of("negative timestamp", VALID.replace("1764100000000", "-1"), Reason.INVALID_VALUE, "ts"),
				Arguments.of("empty key", VALID.replace("\"customer/42\"", "\"\""), Reason.INVALID_VALUE, "key"),
				Arguments.of("blank origin", VALID.replace("\"origin\":\"eu\"", "\"origin\":\" \""),
						Reason.INVALID_VALUE, "origin"),
				Arguments.of("id not a UUID", VALID.replace(ID, "event-1"), Reason.INVALID_VALUE, "id"),
				Arguments.of("origin not in vector", VALID.replace("\"origin\":\"eu\"", "\"origin\":\"ap\""),
						Reason.INVALID_VALUE, "vv"),
				Arguments.of("empty vector", VALID.replace("{\"eu\":3,\"us\":2}", "{}"), Reason.INVALID_VALUE, "vv"),
				Arguments.of("blank replica id", VALID.replace("\"us\":2", "\"\":2"), Reason.INVALID_VALUE, "vv"),
				Arguments.of("unsupported version", VALID.replace("\"v\":1", "\"v\":2"), Reason.UNSUPPORTED_VERSION,
						"v"),
				Arguments.of("unknown field", VALID.replace("\"v\":1,", "\"v\":1,\"extra\":true,"),
						Reason.UNKNOWN_FIELD, "extra"),
				Arguments.of("duplicate field", VALID.replace("\"v\":1,", "\"v\":1,\"key\":\"a\","),
						Reason.DUPLICATE_FIELD, "key"),
				Arguments.of("duplicate replica", VALID.replace("\"us\":2", "\"us\":2,\"us\":3"),
						Reason.DUPLICATE_FIELD, "vv.us"),
				Arguments.of("duplicate payload field", VALID.replace("\"name\":\"Ada\"", "\"name\":\"Ada\",\"name\":1"),
						Reason.DUPLICATE_FIELD, "payload"));
	}

	@ParameterizedTest(name = "{0}")
	@MethodSource("malformed")
	void reportsEachMalformedCaseWithoutThrowing(String name, String json, Reason reason, String field) {
		DecodeError error = failed(json);
		assertEquals(reason, error.reason(), error::toString);
		assertEquals(field, error.field(), error::toString);
		assertFalse(error.detail().isBlank());
	}

	@Test
	void emptyAndNullRecordsAreErrors() {
		assertEquals(Reason.MALFORMED_JSON, error(codec.decode(new byte[0])).reason());
		assertEquals(Reason.MALFORMED_JSON, error(codec.decode(null)).reason());
	}

	@Test
	void invalidUtf8IsAnError() {
		byte[] bytes = VALID.getBytes(StandardCharsets.UTF_8);
		int inName = VALID.indexOf("Ada");
		bytes[inName] = (byte) 0xC3;
		bytes[inName + 1] = (byte) 0x28;
		assertEquals(Reason.MALFORMED_JSON, error(codec.decode(bytes)).reason());
	}

	private ChangeEvent decoded(String json) {
		DecodeResult result = codec.decode(json.getBytes(StandardCharsets.UTF_8));
		return assertInstanceOf(DecodeResult.Decoded.class, result, result::toString).event();
	}

	private DecodeError failed(String json) {
		return error(codec.decode(json.getBytes(StandardCharsets.UTF_8)));
	}

	private static DecodeError error(DecodeResult result) {
		return assertInstanceOf(DecodeResult.Failed.class, result, result::toString).error();
	}
}
