package org.syncscope.core.event;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

import org.syncscope.core.event.DecodeError.Reason;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;

/**
 * Reads and writes change events in the JSON wire format of {@code docs/event-format.md}. Decoding is strict
 * (every field required, no unknown or duplicate fields, exact types and ranges) because a record that is
 * accepted half-understood could corrupt the causal history; it reports problems as {@link DecodeError}s and
 * never throws. A plainly valid record is read by {@link EnvelopeScanner} without a JSON parser; any other goes
 * through Jackson's streaming parser, which gives the exact reason of a refusal. A codec is immutable and can
 * be shared between threads.
 */
public final class EventCodec {

	/** The format version written to, and accepted in, field {@code v}. */
	public static final int FORMAT_VERSION = 1;

	private final ObjectMapper mapper = JsonMapper.builder().build();
	private final JsonFactory factory = mapper.getFactory();

	/** Decodes one record value; {@code bytes} may be null or empty (a tombstone), which is an error too. */
	public DecodeResult decode(byte[] bytes) {
		ChangeEvent plain = bytes == null ? null : EnvelopeScanner.scan(bytes);
		return plain != null ? new DecodeResult.Decoded(plain) : decodeWithParser(bytes);
	}

	/**
	 * The fast path alone: the event when {@code bytes} is plainly valid (see {@link EnvelopeScanner}), else
	 * empty, also for a valid record outside the plain subset. What {@link #decode} tries first.
	 */
	public Optional<ChangeEvent> scanPlain(byte[] bytes) {
		return bytes == null ? Optional.empty() : Optional.ofNullable(EnvelopeScanner.scan(bytes));
	}

	/**
	 * Decodes with Jackson's streaming parser only, never the fast path: what {@link #decode} falls back to, and
	 * the reference the fast path must agree with.
	 */
	public DecodeResult decodeWithParser(byte[] bytes) {
		if (bytes == null || bytes.length == 0) {
			return new DecodeResult.Failed(new DecodeError(Reason.MALFORMED_JSON, "", "empty record"));
		}
		try (JsonParser parser = factory.createParser(bytes)) {
			return new DecodeResult.Decoded(new EventReader(bytes, parser).read());
		} catch (EventReader.Invalid invalid) {
			return new DecodeResult.Failed(invalid.error());
		} catch (JsonProcessingException e) {
			return new DecodeResult.Failed(new DecodeError(Reason.MALFORMED_JSON, "", firstLine(e)));
		} catch (IOException | RuntimeException e) {
			return new DecodeResult.Failed(new DecodeError(Reason.MALFORMED_JSON, "", String.valueOf(e)));
		}
	}

	/** Encodes an event; replica ids in {@code vv} are written sorted, so equal events give equal bytes. */
	public byte[] encode(ChangeEvent event) {
		ByteArrayOutputStream out = new ByteArrayOutputStream(128 + event.payload().size() * 24);
		try (JsonGenerator generator = factory.createGenerator(out)) {
			generator.writeStartObject();
			generator.writeNumberField(EventReader.VERSION, FORMAT_VERSION);
			generator.writeStringField(EventReader.ID, event.eventId().toString());
			generator.writeStringField(EventReader.KEY, event.key());
			generator.writeStringField(EventReader.OPERATION, event.operation().name());
			generator.writeStringField(EventReader.ORIGIN, event.origin());
			generator.writeObjectFieldStart(EventReader.VECTOR);
			Map<String, Long> counters = new TreeMap<>(event.version().asMap());
			for (Map.Entry<String, Long> counter : counters.entrySet()) {
				generator.writeNumberField(counter.getKey(), counter.getValue());
			}
			generator.writeEndObject();
			generator.writeNumberField(EventReader.TIMESTAMP, event.sourceTimestamp());
			generator.writeFieldName(EventReader.PAYLOAD);
			mapper.writeTree(generator, event.payload().node());
			generator.writeEndObject();
		} catch (IOException e) {
			throw new UncheckedIOException("Cannot encode event " + event.eventId(), e);
		}
		return out.toByteArray();
	}

	/** Convenience for tests and the simulator: the encoded event as text. */
	public String encodeToString(ChangeEvent event) {
		return new String(encode(event), java.nio.charset.StandardCharsets.UTF_8);
	}

	private static String firstLine(Exception e) {
		String message = String.valueOf(e.getMessage());
		int end = message.indexOf('\n');
		return end < 0 ? message : message.substring(0, end);
	}
}
