package org.syncscope.core.tests.event;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.syncscope.core.event.ChangeEvent;
import org.syncscope.core.event.DecodeError.Reason;
import org.syncscope.core.event.DecodeResult;
import org.syncscope.core.event.EventCodec;

/**
 * The codec's fast path (a scanner over the record's bytes) and its full decoder (Jackson's streaming parser)
 * agree on a large seeded corpus: the same event, payload fingerprint and text for every valid record, the same
 * refusal (reason, field, detail) for every malformed one, including every reason of the format. Valid records
 * are written with random field order, spacing, vectors and nested payloads (escapes, non-ASCII text, big and
 * decimal numbers); malformed ones are those records broken byte by byte and field by field.
 */
class FastPathAgreementTest {

	private static final int VALID = 30_000;
	private static final int MUTATIONS_PER_RECORD = 2;
	private static final String[] REPLICAS = { "eu-west-1", "us-east-1", "ap-south-1", "syncscope-console", "r",
			"eu-east-1" };

	private final EventCodec codec = new EventCodec();
	private final Random random = new Random(20261207);

	@Test
	void theFastPathAndTheFullDecoderAgreeOnValidAndMalformedRecords() {
		List<byte[]> valid = new ArrayList<>();
		for (int i = 0; i < VALID; i++) {
			valid.add(validRecord());
		}
		int fast = 0;
		for (byte[] record : valid) {
			DecodeResult reference = codec.decodeWithParser(record);
			assertInstanceOf(DecodeResult.Decoded.class, reference, () -> text(record) + " -> " + reference);
			if (codec.scanPlain(record).isPresent()) {
				fast++;
			}
			assertAgree(record, reference);
		}
		// the corpus leans on what the fast path leaves to the full decoder (escapes, non-ASCII, 19-digit numbers):
		// about a quarter of it is plain, enough that both paths are compared on thousands of records
		assertTrue(fast > VALID / 5, "the fast path read " + fast + " of " + VALID + " valid records");

		Set<Reason> reasons = EnumSet.noneOf(Reason.class);
		int malformed = 0;
		for (byte[] record : valid) {
			for (int m = 0; m < MUTATIONS_PER_RECORD; m++) {
				byte[] broken = mutate(record);
				DecodeResult reference = codec.decodeWithParser(broken);
				if (reference instanceof DecodeResult.Failed failed) {
					reasons.add(failed.error().reason());
					malformed++;
				}
				assertAgree(broken, reference);
			}
		}
		for (byte[] special : specialCases()) {
			DecodeResult reference = codec.decodeWithParser(special);
			if (reference instanceof DecodeResult.Failed failed) {
				reasons.add(failed.error().reason());
			}
			assertAgree(special, reference);
		}
		assertEquals(EnumSet.allOf(Reason.class), reasons, "every reason of the format was met");
		assertTrue(malformed > VALID, "malformed records: " + malformed);
	}

	/** The codec (fast path first) gives what the full decoder gives, the payload's fingerprint and text too. */
	private void assertAgree(byte[] record, DecodeResult reference) {
		DecodeResult decoded = codec.decode(record);
		assertEquals(reference, decoded, () -> text(record));
		codec.scanPlain(record).ifPresent(plain -> {
			ChangeEvent expected = assertInstanceOf(DecodeResult.Decoded.class, reference,
					() -> "the fast path accepted what the full decoder refuses: " + text(record)).event();
			assertEquals(expected, plain, () -> text(record));
			assertEquals(expected.payload().fingerprint(), plain.payload().fingerprint(), () -> text(record));
			assertEquals(expected.payload().toString(), plain.payload().toString(), () -> text(record));
		});
	}

	private byte[] validRecord() {
		List<String> fields = new ArrayList<>();
		fields.add(field("v", "1"));
		fields.add(field("id", quote(UUID.randomUUID().toString())));
		fields.add(field("key", quote(text(true))));
		boolean delete = random.nextInt(10) == 0;
		fields.add(field("op", quote(delete ? "DELETE" : "UPSERT")));
		String origin = REPLICAS[random.nextInt(REPLICAS.length)];
		fields.add(field("origin", quote(origin)));
		fields.add(field("vv", vector(origin)));
		fields.add(field("ts", Long.toString(random.nextInt(20) == 0 ? 0 : 1_764_100_000_000L + random.nextInt())));
		fields.add(field("payload", delete && random.nextBoolean() ? "{}" : object(0)));
		if (random.nextInt(4) != 0) {
			Collections.shuffle(fields, random);
		}
		return (space() + "{" + String.join(",", fields) + "}" + space()).getBytes(StandardCharsets.UTF_8);
	}

	private String field(String name, String value) {
		return space() + quote(name) + space() + ":" + space() + value + space();
	}

	private String vector(String origin) {
		List<String> entries = new ArrayList<>();
		entries.add(quote(origin) + ":" + (1 + random.nextInt(1_000)));
		for (String replica : REPLICAS) {
			if (!replica.equals(origin) && random.nextInt(3) == 0) {
				entries.add(quote(replica) + space() + ":" + space() + counter());
			}
		}
		Collections.shuffle(entries, random);
		return "{" + space() + String.join("," + space(), entries) + space() + "}";
	}

	private String counter() {
		return switch (random.nextInt(6)) {
		case 0 -> "0";
		case 1 -> Long.toString(Long.MAX_VALUE - random.nextInt(10));
		case 2 -> Long.toString(100_000_000_000_000_000L + random.nextInt(1_000));
		default -> Integer.toString(random.nextInt(100_000));
		};
	}

	private String object(int depth) {
		int size = random.nextInt(depth == 0 ? 9 : 4);
		List<String> fields = new ArrayList<>();
		for (int i = 0; i < size; i++) {
			fields.add(quote("f" + i + (random.nextInt(12) == 0 ? text(false) : "")) + ":" + value(depth + 1));
		}
		return "{" + String.join("," + space(), fields) + "}";
	}

	private String value(int depth) {
		int kind = random.nextInt(depth > 3 ? 7 : 9);
		return switch (kind) {
		case 0 -> quote(text(false));
		case 1 -> Integer.toString(random.nextInt(2_000_000) - 1_000_000);
		case 2 -> switch (random.nextInt(4)) {
			case 0 -> "123456789012345678901234567890";
			case 1 -> Long.toString(Long.MIN_VALUE);
			case 2 -> "-0";
			default -> Long.toString(random.nextLong());
			};
		case 3 -> switch (random.nextInt(4)) {
			case 0 -> (random.nextInt(100_000) / 100.0) + "";
			case 1 -> "1.5e-7";
			case 2 -> "-2E+300";
			default -> "0.1";
			};
		case 4 -> "true";
		case 5 -> random.nextBoolean() ? "false" : "null";
		case 6 -> quote("");
		case 7 -> object(depth);
		default -> {
			List<String> elements = new ArrayList<>();
			for (int i = random.nextInt(4); i > 0; i--) {
				elements.add(value(depth + 1));
			}
			yield "[" + String.join(",", elements) + "]";
		}
		};
	}

	/** Text for a key or a value: mostly plain ASCII, sometimes with escapes or beyond ASCII. */
	private String text(boolean key) {
		String plain = (key ? "order/" : "v") + random.nextInt(100_000);
		return switch (random.nextInt(12)) {
		case 0 -> plain + "\\\"quoted\\\"";
		case 1 -> plain + "-caf\u00e9";
		case 2 -> plain + "\\u00e9\\n";
		case 3 -> plain + " \u6f22\u5b57 \ud83d\ude00";
		case 4 -> plain + " with  spaces ";
		default -> plain;
		};
	}

	private String space() {
		return switch (random.nextInt(10)) {
		case 0 -> " ";
		case 1 -> "\n  ";
		case 2 -> "\t";
		case 3 -> " \r\n";
		default -> "";
		};
	}

	private static String quote(String text) {
		return "\"" + text + "\"";
	}

	/** One random break: a byte removed, inserted or replaced, the record cut, or a field made wrong. */
	private byte[] mutate(byte[] record) {
		String text = text(record);
		return switch (random.nextInt(12)) {
		case 0 -> remove(record, random.nextInt(record.length));
		case 1 -> insert(record, random.nextInt(record.length + 1), interesting());
		case 2 -> replace(record, random.nextInt(record.length), interesting());
		case 3 -> java.util.Arrays.copyOf(record, random.nextInt(record.length));
		case 4 -> bytes(text.replaceFirst("\"v\"\\s*:\\s*1", "\"v\":" + pick("2", "1.0", "\"1\"", "01", "-1", "null")));
		case 5 -> bytes(text.replaceFirst("\"ts\"\\s*:\\s*", "\"ts\":" + pick("-", "0", "1.", "9999999999999999999", "\"", "")));
		case 6 -> bytes(text.replaceFirst("\"(UPSERT|DELETE)\"", pick("\"upsert\"", "\"MERGE\"", "1", "\"\"", "[]")));
		case 7 -> bytes(text.replaceFirst("\"key\"\\s*:\\s*\"", "\"key\":" + pick("\" ", "\"\"", "1", "{}", "\"\\t")));
		case 8 -> bytes(text.replaceFirst("\\{", "{" + pick("\"extra\":1,", "\"v\":1,", "\"payload\":{},", "\"op\":\"UPSERT\",")));
		case 9 -> bytes(text.replaceFirst("\"vv\"\\s*:\\s*\\{", "\"vv\":{" + pick("\"x\":-1,", "\"\":1,",
				"\"eu-west-1\":1,\"eu-west-1\":2,", "\"x\":1.5,", "\"x\":\"1\",", "\"x\":99999999999999999999,")));
		case 10 -> bytes(text.replaceFirst("\"payload\"\\s*:\\s*\\{", "\"payload\":" + pick("[],\"p\":{", "{\"a\":1,\"a\":2,",
				"{\"a\":{\"b\":1,\"b\":1},", "{\"n\":01,", "{\"t\":tru,", "{\"x\":1e,", "null,\"p\":{", "{\"s\":\"\u0001\",")));
		default -> bytes(text.replaceFirst("\"id\"\\s*:\\s*\"", "\"id\":\"" + pick("x", "", "-", "zzzzzzzz-")));
		};
	}

	/** Records of every reason that random breaks may not reach, and the edges of the fast path. */
	private List<byte[]> specialCases() {
		String valid = text(validRecord());
		List<String> cases = new ArrayList<>(List.of("", "[1,2]", "\"event\"", "42", "null", "{}", "{\"v\":1}",
				valid + " {}", valid.replaceFirst("\\{", "{\"unknown\":true,"), "\ufeff" + valid, valid + "\u0000",
				valid.replaceFirst("\"origin\"\\s*:\\s*\"[^\"]*\"", "\"origin\":\"nowhere\"")));
		StringBuilder deep = new StringBuilder();
		for (int i = 0; i < 100; i++) {
			deep.append("{\"d\":");
		}
		deep.append("1").append("}".repeat(100));
		cases.add(valid.replaceFirst("\"payload\"\\s*:\\s*\\{", "\"payload\":{\"deep\":" + deep + ","));
		StringBuilder wide = new StringBuilder();
		for (int i = 0; i < 20; i++) {
			wide.append("\"w").append(i).append("\":").append(i).append(',');
		}
		cases.add(valid.replaceFirst("\"payload\"\\s*:\\s*\\{", "\"payload\":{" + wide));
		cases.add(valid.replaceFirst("\"payload\"\\s*:\\s*\\{", "\"payload\":{" + wide + "\"w3\":0,"));
		List<byte[]> bytes = new ArrayList<>(cases.stream().map(FastPathAgreementTest::bytes).toList());
		byte[] invalidUtf8 = bytes(valid.replaceFirst("\"key\"\\s*:\\s*\"", "\"key\":\"\u00ff"));
		for (int i = 0; i < invalidUtf8.length - 1; i++) {
			if (invalidUtf8[i] == (byte) 0xc3 && invalidUtf8[i + 1] == (byte) 0xbf) {
				invalidUtf8[i + 1] = (byte) 0x28; // a lead byte without its continuation
				break;
			}
		}
		bytes.add(invalidUtf8);
		return bytes;
	}

	private String pick(String... choices) {
		return choices[random.nextInt(choices.length)];
	}

	private byte interesting() {
		byte[] bytes = { '{', '}', '[', ']', '"', ':', ',', '0', '7', '-', '.', 'e', 'a', '\\', ' ', 0, (byte) 0xff };
		return bytes[random.nextInt(bytes.length)];
	}

	private static byte[] remove(byte[] record, int at) {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		out.write(record, 0, at);
		out.write(record, at + 1, record.length - at - 1);
		return out.toByteArray();
	}

	private static byte[] insert(byte[] record, int at, byte value) {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		out.write(record, 0, at);
		out.write(value);
		out.write(record, at, record.length - at);
		return out.toByteArray();
	}

	private static byte[] replace(byte[] record, int at, byte value) {
		byte[] copy = record.clone();
		copy[at] = value;
		return copy;
	}

	private static byte[] bytes(String text) {
		return text.getBytes(StandardCharsets.UTF_8);
	}

	private static String text(byte[] record) {
		return new String(record, StandardCharsets.UTF_8);
	}
}
