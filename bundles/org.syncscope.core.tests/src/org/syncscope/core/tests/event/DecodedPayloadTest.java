package org.syncscope.core.tests.event;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;

import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.util.Random;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.syncscope.core.event.DecodeError;
import org.syncscope.core.event.DecodeResult;
import org.syncscope.core.event.EventCodec;
import org.syncscope.core.event.Payload;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * The codec validates and fingerprints a payload from its tokens and builds the tree only on demand: the
 * decoded payload must be indistinguishable from one made from the parsed tree (fingerprint, equality, text).
 */
class DecodedPayloadTest {

	private static final String ENVELOPE = """
			{"v":1,"id":"3f2504e0-4f89-11d3-9a0c-0305e82c3301","key":"k","op":"UPSERT","origin":"eu","vv":{"eu":1},\
			"ts":1,"payload":%s}""";

	private final EventCodec codec = new EventCodec();
	private final ObjectMapper mapper = new ObjectMapper();

	@ParameterizedTest
	@ValueSource(strings = { "{}", "{\"a\":1}", "{\"s\":\"caf\\u00e9 \\n \\\"q\\\"\",\"e\":\"\"}",
			"{\"n\":-9223372036854775808,\"m\":9223372036854775807,\"i\":-1,\"z\":0}",
			"{\"big\":123456789012345678901234567890,\"neg\":-98765432109876543210}",
			"{\"d\":1.5,\"e\":-2.5e-7,\"f\":1E300,\"g\":0.0}", "{\"t\":true,\"f\":false,\"n\":null}",
			"{\"a\":[],\"o\":{},\"deep\":{\"x\":[1,[2,[3,{\"y\":[]}]]]}}", "{ \"spaced\" : [ 1 , 2 ] , \"b\" : { } }",
			"{\"\u6f22\u5b57\":\"\ud83d\ude00\"}" })
	void decodedPayloadEqualsItsTree(String json) throws Exception {
		assertSameAsTree(json);
	}

	@Test
	void decodedPayloadsEqualTheirTreesForRandomDocuments() throws Exception {
		Random random = new Random(20261127);
		for (int i = 0; i < 2_000; i++) {
			assertSameAsTree(mapper.writeValueAsString(randomObject(random, 0)));
		}
	}

	@Test
	void duplicateNamesInNestedPayloadObjectsAreRejected() {
		String json = ENVELOPE.formatted("{\"a\":{\"b\":1,\"c\":2,\"d\":3,\"b\":4}}");
		DecodeResult result = codec.decode(json.getBytes(StandardCharsets.UTF_8));
		DecodeError error = assertInstanceOf(DecodeResult.Failed.class, result, result::toString).error();
		assertEquals(DecodeError.Reason.DUPLICATE_FIELD, error.reason());
		assertEquals("payload", error.field());
	}

	private void assertSameAsTree(String json) throws Exception {
		String record = ENVELOPE.formatted(json);
		DecodeResult result = codec.decode(record.getBytes(StandardCharsets.UTF_8));
		Payload decoded = assertInstanceOf(DecodeResult.Decoded.class, result, result::toString).event().payload();
		Payload tree = Payload.of((ObjectNode) mapper.readTree(json));
		assertEquals(tree.fingerprint(), decoded.fingerprint(), json);
		assertEquals(tree, decoded, json);
		assertEquals(tree.toString(), decoded.toString(), json);
	}

	private static ObjectNode randomObject(Random random, int depth) {
		ObjectNode node = JsonNodeFactory.instance.objectNode();
		int fields = random.nextInt(depth == 0 ? 9 : 4);
		for (int i = 0; i < fields; i++) {
			node.set(randomText(random), randomValue(random, depth + 1));
		}
		return node;
	}

	private static JsonNode randomValue(Random random, int depth) {
		JsonNodeFactory nodes = JsonNodeFactory.instance;
		int kind = random.nextInt(depth < 3 ? 10 : 8);
		return switch (kind) {
		case 0 -> nodes.textNode(randomText(random));
		case 1 -> nodes.numberNode(random.nextInt());
		case 2 -> nodes.numberNode(random.nextLong());
		case 3 -> nodes.numberNode(BigInteger.valueOf(random.nextLong()).shiftLeft(64 + random.nextInt(8)));
		case 4 -> nodes.numberNode(random.nextGaussian() * Math.pow(10, random.nextInt(40) - 20));
		case 5 -> nodes.booleanNode(random.nextBoolean());
		case 6 -> nodes.nullNode();
		case 7 -> nodes.textNode("");
		case 8 -> randomObject(random, depth);
		default -> {
			ArrayNode array = nodes.arrayNode();
			int elements = random.nextInt(4);
			for (int i = 0; i < elements; i++) {
				array.add(randomValue(random, depth + 1));
			}
			yield array;
		}
		};
	}

	private static String randomText(Random random) {
		StringBuilder text = new StringBuilder();
		int length = 1 + random.nextInt(12);
		for (int i = 0; i < length; i++) {
			text.append(random.nextInt(10) == 0 ? (char) (0x20 + random.nextInt(0x2000)) : (char) ('a' + random.nextInt(26)));
		}
		return text.toString();
	}
}
