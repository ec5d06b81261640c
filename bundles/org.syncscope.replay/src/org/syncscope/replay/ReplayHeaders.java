package org.syncscope.replay;

import java.nio.ByteBuffer;
import java.util.Optional;
import java.util.UUID;

import org.apache.kafka.common.header.Header;
import org.apache.kafka.common.header.Headers;

/**
 * The record header a replay adds to each copy, {@value #NAME}: one compact binary value (written for every
 * replayed event, so it is kept short) that says which job wrote the copy, how many times its content has
 * been replayed, and which source record was copied. Appliers and later replays read it: the job id ties a
 * record to its audited job (which names the source topic), the count is the loop guard (a record replayed
 * over and over between two links would otherwise circulate forever).
 * <p>
 * Value, format 1: the byte {@code 1}, then the replay count, the source partition and the source offset as
 * unsigned varints (7 bits a byte, low bits first, high bit set on all but the last byte), then the job id, a
 * UUID, as 16 bytes (most significant first). About 25 bytes, 40 with the name.
 */
public final class ReplayHeaders {

	/** The header's name. */
	public static final String NAME = "syncscope.replay";

	private static final byte FORMAT = 1;
	private static final int JOB_ID_BYTES = 16;

	/** What a replay header says: the job that wrote the copy, its replay count and the source position. */
	public record Stamp(String jobId, int count, int partition, long offset) {
	}

	/** Writes the header values of one job's copies (the job id's bytes are encoded once). */
	public static final class Writer {
		private final byte[] jobId = new byte[JOB_ID_BYTES];

		/** @param jobId a UUID, as replay jobs are named */
		public Writer(String jobId) {
			UUID id = UUID.fromString(jobId);
			ByteBuffer.wrap(this.jobId).putLong(id.getMostSignificantBits()).putLong(id.getLeastSignificantBits());
		}

		/** The value for a copy with replay count {@code count} of the record at {@code partition}/{@code offset}. */
		public byte[] value(int count, int partition, long offset) {
			byte[] value = new byte[1 + varintLength(count) + varintLength(partition) + varintLength(offset)
					+ JOB_ID_BYTES];
			value[0] = FORMAT;
			int at = writeVarint(value, 1, count);
			at = writeVarint(value, at, partition);
			at = writeVarint(value, at, offset);
			System.arraycopy(jobId, 0, value, at, JOB_ID_BYTES);
			return value;
		}
	}

	private ReplayHeaders() {
	}

	/** What {@code headers} say of an earlier replay (the last replay header if several), if readable. */
	public static Optional<Stamp> stamp(Headers headers) {
		byte[] value = lastValue(headers);
		long[] read = new long[3];
		int at = parse(value, read);
		if (at < 0) {
			return Optional.empty();
		}
		ByteBuffer jobId = ByteBuffer.wrap(value, at, JOB_ID_BYTES);
		return Optional.of(new Stamp(new UUID(jobId.getLong(), jobId.getLong()).toString(), (int) read[0],
				(int) read[1], read[2]));
	}

	/**
	 * The replay count carried by {@code headers}, 0 if none or unreadable (the loop guard's input, read for
	 * every record a replay reads: the job id is checked but not decoded).
	 */
	public static int replayCount(Headers headers) {
		long[] read = new long[3];
		return parse(lastValue(headers), read) < 0 ? 0 : (int) read[0];
	}

	private static byte[] lastValue(Headers headers) {
		Header header = headers.lastHeader(NAME);
		return header == null ? null : header.value();
	}

	/**
	 * Reads count, partition and offset of a format 1 {@code value} into {@code read}; returns where the job
	 * id starts, or -1 if the value is missing or malformed.
	 */
	private static int parse(byte[] value, long[] read) {
		if (value == null || value.length == 0 || value[0] != FORMAT) {
			return -1;
		}
		int at = 1;
		for (int i = 0; i < read.length; i++) {
			at = readVarint(value, at, read, i);
			if (at < 0 || read[i] < 0 || i < 2 && read[i] > Integer.MAX_VALUE) {
				return -1;
			}
		}
		return value.length - at == JOB_ID_BYTES ? at : -1;
	}

	private static int varintLength(long value) {
		int length = 1;
		while ((value >>>= 7) != 0) {
			length++;
		}
		return length;
	}

	private static int writeVarint(byte[] into, int at, long value) {
		while ((value & ~0x7FL) != 0) {
			into[at++] = (byte) ((value & 0x7F) | 0x80);
			value >>>= 7;
		}
		into[at++] = (byte) value;
		return at;
	}

	/** Reads a varint at {@code at} into {@code into[index]}; returns the next position, -1 if malformed. */
	private static int readVarint(byte[] from, int at, long[] into, int index) {
		long value = 0;
		for (int shift = 0; shift < 64; shift += 7) {
			if (at >= from.length) {
				return -1;
			}
			byte b = from[at++];
			value |= (long) (b & 0x7F) << shift;
			if (b >= 0) {
				into[index] = value;
				return at;
			}
		}
		return -1;
	}
}
