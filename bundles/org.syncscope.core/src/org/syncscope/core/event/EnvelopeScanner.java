package org.syncscope.core.event;

import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.UUID;

import org.syncscope.core.vv.VersionVector;

/**
 * The codec's fast path: reads an event straight from its bytes, with no general JSON parser, when the record
 * is plainly valid: ASCII only, strings without escapes, integers of at most 18 digits, nesting of at most 64
 * levels, and every rule of the format met. Whatever it is not sure of (any error, and anything outside that
 * plain subset) it refuses by returning {@code null}, and {@link EventReader} decodes the record, giving
 * the event or the exact reason. So the scanner never accepts what the full reader would refuse, and what it
 * accepts it reads to the same event, the payload's fingerprint included ({@link Fingerprint}'s functions over
 * the same values).
 * <p>
 * Each thread has a scanner of its own, reused record after record; between records it keeps only the strings
 * of the replica ids it read.
 */
final class EnvelopeScanner {

	private static final int MAX_DIGITS = 18;
	private static final int MAX_DEPTH = 64;
	private static final int MAX_NUMBER_TEXT = 64;
	private static final int UUID_TEXT_LENGTH = 36;
	/** Field names of one payload object checked for duplicates (hash, then bytes) up to this many. */
	private static final int LINEAR_NAMES = 16;

	private static final byte[][] FIELDS = { bytes(EventReader.VERSION), bytes(EventReader.ID),
			bytes(EventReader.KEY), bytes(EventReader.OPERATION), bytes(EventReader.ORIGIN),
			bytes(EventReader.VECTOR), bytes(EventReader.TIMESTAMP), bytes(EventReader.PAYLOAD) };
	private static final int ALL_FIELDS = (1 << FIELDS.length) - 1;
	/** The bytes that end a plain string: its quote, and what the fast path leaves to the full reader. */
	private static final boolean[] STRING_STOP = new boolean[256];
	/** The value of each hexadecimal digit, -1 for any other byte. */
	private static final byte[] HEX_DIGITS = new byte[256];
	static {
		for (int c = 0; c < 256; c++) {
			STRING_STOP[c] = c < 0x20 || c >= 0x80 || c == '"' || c == '\\';
			HEX_DIGITS[c] = (byte) Character.digit(c, 16);
		}
	}
	private static final Operation[] OPERATIONS = Operation.values();
	private static final byte[][] OPERATION_NAMES = Arrays.stream(OPERATIONS).map(o -> bytes(o.name()))
			.toArray(byte[][]::new);
	/** Eight bytes of a record at a time, for finding the end of a string (see {@link #stopIn}). */
	private static final VarHandle LONGS = MethodHandles.byteArrayViewVarHandle(long[].class,
			ByteOrder.LITTLE_ENDIAN);
	private static final long ONES = 0x0101010101010101L;
	private static final long HIGH_BITS = 0x8080808080808080L;

	/** One scanner per thread, reused record after record. */
	private static final ThreadLocal<EnvelopeScanner> SCANNERS = ThreadLocal.withInitial(EnvelopeScanner::new);

	/** Replica ids recently read on this thread, and their bytes: a change log carries few, so they are shared. */
	private final String[] replicaIds = new String[64];
	private final byte[][] replicaIdBytes = new byte[64][];
	/** The vector being read, and its replica ids so far (for the duplicate check). */
	private final VersionVector.Builder vector = VersionVector.builder();
	private String[] replicas = new String[8];
	private byte[] b;
	private int pos;
	/** Set by {@link #string()}: where the last string's characters start and end (exclusive). */
	private int textStart;
	private int textEnd;
	/** Set by {@link #number}: whether the last number was an integer, and its value as long or double. */
	private boolean integral;
	private long longValue;
	private double doubleValue;
	/**
	 * The field names of the payload objects being read, innermost last, as (hash, start, end) triples: each
	 * object checks its own names for duplicates from where it began.
	 */
	private int[] names = new int[3 * LINEAR_NAMES];
	private int namesTop;

	private EnvelopeScanner() {
	}

	/** The event in {@code bytes}, or {@code null} when the full reader must decide. */
	static ChangeEvent scan(byte[] bytes) {
		EnvelopeScanner scanner = SCANNERS.get();
		scanner.b = bytes;
		scanner.pos = 0;
		scanner.namesTop = 0;
		try {
			return scanner.event();
		} catch (Refused refused) {
			return null;
		} finally {
			scanner.b = null;
		}
	}

	private ChangeEvent event() {
		skipSpace();
		expect('{');
		int seen = 0;
		UUID id = null;
		String key = null;
		Operation operation = null;
		String origin = null;
		VersionVector vector = null;
		long timestamp = 0;
		Payload payload = null;
		skipSpace();
		if (peek() == '}') {
			throw Refused.INSTANCE; // the full reader names the first missing field
		}
		while (true) {
			skipSpace();
			string();
			int field = field();
			if ((seen & 1 << field) != 0) {
				throw Refused.INSTANCE;
			}
			seen |= 1 << field;
			skipSpace();
			expect(':');
			skipSpace();
			switch (field) {
			case 0 -> {
				if (nonNegativeInteger() != EventCodec.FORMAT_VERSION) {
					throw Refused.INSTANCE;
				}
			}
			case 1 -> id = uuid();
			case 2 -> key = nonBlankString();
			case 3 -> operation = operation();
			case 4 -> origin = replicaId();
			case 5 -> vector = vector();
			case 6 -> timestamp = nonNegativeInteger();
			default -> payload = payload();
			}
			skipSpace();
			if (peek() == ',') {
				pos++;
				continue;
			}
			expect('}');
			break;
		}
		skipSpace();
		if (pos != b.length || seen != ALL_FIELDS || vector.counter(origin) == 0) {
			throw Refused.INSTANCE;
		}
		return new ChangeEvent(id, key, operation, payload, origin, vector, timestamp);
	}

	/** The index in {@link #FIELDS} of the name just read, told by its length and first byte, then checked. */
	private int field() {
		int length = textEnd - textStart;
		int index = switch (length) {
		case 1 -> 0;
		case 2 -> switch (b[textStart]) {
			case 'i' -> 1;
			case 'o' -> 3;
			case 'v' -> 5;
			default -> 6;
			};
		case 3 -> 2;
		case 6 -> 4;
		case 7 -> 7;
		default -> throw Refused.INSTANCE;
		};
		byte[] name = FIELDS[index];
		if (name.length != length) {
			throw Refused.INSTANCE;
		}
		for (int i = 0; i < length; i++) {
			if (b[textStart + i] != name[i]) {
				throw Refused.INSTANCE;
			}
		}
		return index;
	}

	/**
	 * A UUID in its canonical form (hex digits, dashes at 8, 13, 18 and 23), read as {@link UUID#fromString}
	 * reads it; any other 36 characters are left to the full reader.
	 */
	private UUID uuid() {
		string();
		if (textEnd - textStart != UUID_TEXT_LENGTH) {
			throw Refused.INSTANCE;
		}
		int at = textStart;
		if (b[at + 8] != '-' || b[at + 13] != '-' || b[at + 18] != '-' || b[at + 23] != '-') {
			throw Refused.INSTANCE;
		}
		long most = hex(at, 8) << 32 | hex(at + 9, 4) << 16 | hex(at + 14, 4);
		long least = hex(at + 19, 4) << 48 | hex(at + 24, 12);
		return new UUID(most, least);
	}

	private long hex(int from, int digits) {
		long value = 0;
		int invalid = 0;
		for (int i = from; i < from + digits; i++) {
			int digit = HEX_DIGITS[b[i] & 0xff];
			invalid |= digit;
			value = value << 4 | digit;
		}
		if (invalid < 0) {
			throw Refused.INSTANCE;
		}
		return value;
	}

	/** A non-blank replica id, the same string as the last time this thread read those bytes. */
	private String replicaId() {
		nonBlankText();
		int length = textEnd - textStart;
		int slot = (length * 31 + b[textStart] * 7 + b[textEnd - 1]) & (replicaIds.length - 1);
		byte[] cached = replicaIdBytes[slot];
		if (cached != null && textIs(cached)) {
			return replicaIds[slot];
		}
		String replica = text();
		replicaIds[slot] = replica;
		replicaIdBytes[slot] = Arrays.copyOfRange(b, textStart, textEnd);
		return replica;
	}

	private String nonBlankString() {
		nonBlankText();
		return text();
	}

	/**
	 * Reads a string that is not blank. A plain string has no control characters, so the only white space it
	 * can hold is the space ({@link String#isBlank} agrees).
	 */
	private void nonBlankText() {
		string();
		for (int i = textStart; i < textEnd; i++) {
			if (b[i] != ' ') {
				return;
			}
		}
		throw Refused.INSTANCE;
	}

	private Operation operation() {
		string();
		for (int i = 0; i < OPERATIONS.length; i++) {
			if (textIs(OPERATION_NAMES[i])) {
				return OPERATIONS[i];
			}
		}
		throw Refused.INSTANCE;
	}

	private boolean textIs(byte[] ascii) {
		return Arrays.equals(b, textStart, textEnd, ascii, 0, ascii.length);
	}

	private VersionVector vector() {
		expect('{');
		VersionVector.Builder builder = vector.clear();
		int count = 0;
		skipSpace();
		if (peek() == '}') {
			pos++;
			return builder.build();
		}
		while (true) {
			skipSpace();
			String replica = replicaId();
			for (int i = 0; i < count; i++) {
				if (replicas[i].equals(replica)) {
					throw Refused.INSTANCE;
				}
			}
			if (count == replicas.length) {
				replicas = Arrays.copyOf(replicas, count * 2);
			}
			replicas[count++] = replica;
			skipSpace();
			expect(':');
			skipSpace();
			builder.put(replica, nonNegativeInteger());
			skipSpace();
			if (peek() == ',') {
				pos++;
				continue;
			}
			expect('}');
			return builder.build();
		}
	}

	private long nonNegativeInteger() {
		number();
		if (!integral || longValue < 0) {
			throw Refused.INSTANCE;
		}
		return longValue;
	}

	private Payload payload() {
		if (peek() != '{') {
			throw Refused.INSTANCE;
		}
		int start = pos;
		long fingerprint = value(0);
		return Payload.decoded(b, start, pos - start, fingerprint);
	}

	/** Validates the JSON value at the position and returns its {@link Fingerprint}. */
	private long value(int depth) {
		if (depth > MAX_DEPTH) {
			throw Refused.INSTANCE;
		}
		byte c = peek();
		switch (c) {
		case '{':
			return object(depth);
		case '[':
			return array(depth);
		case '"':
			string();
			return Fingerprint.string(textHash(textStart, textEnd));
		case 't':
			literal("true");
			return Fingerprint.TRUE;
		case 'f':
			literal("false");
			return Fingerprint.FALSE;
		case 'n':
			literal("null");
			return Fingerprint.NULL;
		default:
			number();
			return integral ? Fingerprint.integer(longValue) : Fingerprint.decimal(doubleValue);
		}
	}

	private long object(int depth) {
		expect('{');
		long sum = Fingerprint.OBJECT_SEED;
		skipSpace();
		if (peek() == '}') {
			pos++;
			return Fingerprint.object(sum);
		}
		int base = namesTop;
		int count = 0;
		while (true) {
			skipSpace();
			string();
			int nameStart = textStart;
			int nameEnd = textEnd;
			int nameHash = textHash(nameStart, nameEnd);
			if (count == LINEAR_NAMES) {
				throw Refused.INSTANCE; // an object this wide takes the full reader's duplicate check
			}
			for (int i = base; i < base + 3 * count; i += 3) {
				if (names[i] == nameHash && Arrays.equals(b, names[i + 1], names[i + 2], b, nameStart, nameEnd)) {
					throw Refused.INSTANCE;
				}
			}
			if (base + 3 * count + 3 > names.length) {
				names = Arrays.copyOf(names, names.length * 2);
			}
			names[base + 3 * count] = nameHash;
			names[base + 3 * count + 1] = nameStart;
			names[base + 3 * count + 2] = nameEnd;
			count++;
			namesTop = base + 3 * count;
			skipSpace();
			expect(':');
			skipSpace();
			long value = value(depth + 1);
			sum += Fingerprint.field(nameHash, value);
			skipSpace();
			if (peek() == ',') {
				pos++;
				continue;
			}
			expect('}');
			namesTop = base;
			return Fingerprint.object(sum);
		}
	}

	private long array(int depth) {
		expect('[');
		long hash = Fingerprint.ARRAY_SEED;
		skipSpace();
		if (peek() == ']') {
			pos++;
			return hash;
		}
		while (true) {
			skipSpace();
			hash = Fingerprint.element(hash, value(depth + 1));
			skipSpace();
			if (peek() == ',') {
				pos++;
				continue;
			}
			expect(']');
			return hash;
		}
	}

	/** Reads a string of plain ASCII (no escape, no control character); sets {@link #textStart} and {@link #textEnd}. */
	private void string() {
		expect('"');
		int start = pos;
		int end = pos;
		while (end + Long.BYTES <= b.length) {
			long stops = stopIn((long) LONGS.get(b, end));
			if (stops != 0) {
				end += Long.numberOfTrailingZeros(stops) >>> 3;
				break;
			}
			end += Long.BYTES;
		}
		while (end < b.length && !STRING_STOP[b[end] & 0xff]) {
			end++;
		}
		if (end >= b.length || b[end] != '"') {
			throw Refused.INSTANCE; // an escape, a control character, a byte beyond ASCII, or no end
		}
		textStart = start;
		textEnd = end;
		pos = end + 1;
	}

	/**
	 * Reads a JSON number; an integer of at most {@value #MAX_DIGITS} digits sets {@link #longValue}, a decimal
	 * sets {@link #doubleValue}. Anything else (a leading zero, a longer integer) is refused.
	 */
	private void number() {
		int start = pos;
		if (peek() == '-') {
			pos++;
		}
		int digitsStart = pos;
		while (pos < b.length && b[pos] >= '0' && b[pos] <= '9') {
			pos++;
		}
		int digits = pos - digitsStart;
		if (digits == 0 || (digits > 1 && b[digitsStart] == '0')) {
			throw Refused.INSTANCE;
		}
		boolean fraction = pos < b.length && b[pos] == '.';
		if (fraction) {
			pos++;
			requireDigits();
		}
		boolean exponent = pos < b.length && (b[pos] == 'e' || b[pos] == 'E');
		if (exponent) {
			pos++;
			if (pos < b.length && (b[pos] == '+' || b[pos] == '-')) {
				pos++;
			}
			requireDigits();
		}
		if (!fraction && !exponent) {
			if (digits > MAX_DIGITS) {
				throw Refused.INSTANCE;
			}
			long value = 0;
			for (int i = digitsStart; i < pos; i++) {
				value = value * 10 + (b[i] - '0');
			}
			integral = true;
			longValue = b[start] == '-' ? -value : value;
			return;
		}
		if (pos - start > MAX_NUMBER_TEXT) {
			throw Refused.INSTANCE;
		}
		integral = false;
		doubleValue = Double.parseDouble(new String(b, start, pos - start, StandardCharsets.US_ASCII));
	}

	private void requireDigits() {
		int start = pos;
		while (pos < b.length && b[pos] >= '0' && b[pos] <= '9') {
			pos++;
		}
		if (pos == start) {
			throw Refused.INSTANCE;
		}
	}

	private void literal(String word) {
		int end = pos + word.length();
		if (end > b.length) {
			throw Refused.INSTANCE;
		}
		for (int i = 0; i < word.length(); i++) {
			if (b[pos + i] != word.charAt(i)) {
				throw Refused.INSTANCE;
			}
		}
		pos = end;
	}

	/**
	 * The high bit of each of eight bytes (little-endian) that ends a plain string, as {@link #STRING_STOP}
	 * says: a byte beyond ASCII, a control character, a quote or a backslash. Only the lowest flag is exact
	 * (a borrow may flag bytes above a true one), which is the one wanted.
	 */
	private static long stopIn(long word) {
		long control = (word - 0x20 * ONES) & ~word;
		long quote = word ^ '"' * ONES;
		long backslash = word ^ '\\' * ONES;
		return (word | control | (quote - ONES) & ~quote | (backslash - ONES) & ~backslash) & HIGH_BITS;
	}

	/** {@link String#hashCode} of ASCII bytes (each byte is its char), four bytes per step. */
	private int textHash(int start, int end) {
		int hash = 0;
		int i = start;
		for (; i + 4 <= end; i += 4) {
			hash = 923_521 * hash + 29_791 * b[i] + 961 * b[i + 1] + 31 * b[i + 2] + b[i + 3];
		}
		for (; i < end; i++) {
			hash = 31 * hash + b[i];
		}
		return hash;
	}

	private String text() {
		return new String(b, textStart, textEnd - textStart, StandardCharsets.US_ASCII);
	}

	private void skipSpace() {
		while (pos < b.length) {
			byte c = b[pos];
			if (c != ' ' && c != '\n' && c != '\r' && c != '\t') {
				return;
			}
			pos++;
		}
	}

	private byte peek() {
		if (pos >= b.length) {
			throw Refused.INSTANCE;
		}
		return b[pos];
	}

	private void expect(char c) {
		if (peek() != c) {
			throw Refused.INSTANCE;
		}
		pos++;
	}

	private static byte[] bytes(String text) {
		return text.getBytes(StandardCharsets.US_ASCII);
	}

	/** Leaves the fast path for the full reader; one shared instance, without a stack trace. */
	private static final class Refused extends RuntimeException {

		private static final long serialVersionUID = 1L;
		static final Refused INSTANCE = new Refused();

		private Refused() {
			super("not for the fast path", null, false, false);
		}
	}
}
