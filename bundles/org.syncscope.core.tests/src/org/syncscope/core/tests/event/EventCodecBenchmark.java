package org.syncscope.core.tests.event;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Locale;
import java.util.Random;
import java.util.UUID;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.syncscope.core.event.ChangeEvent;
import org.syncscope.core.event.DecodeResult;
import org.syncscope.core.event.EventCodec;
import org.syncscope.core.event.Operation;
import org.syncscope.core.tests.Events;
import org.syncscope.core.vv.VersionVector;
import org.syncscope.testing.bench.Benchmark;
import org.syncscope.testing.bench.BenchmarkReport;

/** Decode and encode throughput of the wire format for typical records (about 300 bytes, 3 replicas). */
@Tag(Benchmark.TAG)
class EventCodecBenchmark {

	private static final int RECORDS = 100_000;

	private final EventCodec codec = new EventCodec();

	@Test
	void decodeAndEncodeThroughput() throws Exception {
		Random random = new Random(7);
		ChangeEvent[] events = new ChangeEvent[RECORDS];
		byte[][] records = new byte[RECORDS][];
		long bytes = 0;
		for (int i = 0; i < RECORDS; i++) {
			VersionVector vector = VersionVector.of("eu-west", 1 + random.nextInt(1000), "us-east",
					random.nextInt(1000), "ap-south", random.nextInt(1000));
			events[i] = new ChangeEvent(new UUID(random.nextLong(), random.nextLong()),
					String.format("customer-%07d", random.nextInt(1_000_000)), Operation.UPSERT,
					Events.payload("{\"name\":\"Customer " + i + "\",\"email\":\"c" + i + "@example.com\",\"balance\":"
							+ random.nextInt(100_000) + ",\"active\":true,\"tags\":[\"gold\",\"eu\"],\"address\":"
							+ "{\"city\":\"Lyon\",\"zip\":\"69001\"}}"),
					"eu-west", vector, 1_764_000_000_000L + i);
			records[i] = codec.encode(events[i]);
			bytes += records[i].length;
		}
		long totalBytes = bytes;
		BenchmarkReport.note(String.format(Locale.ROOT, "codec: %,d records, mean %d bytes", RECORDS,
				bytes / RECORDS));
		Benchmark.throughput("codec decode (validated, ~" + totalBytes / RECORDS + " B records)", 3, 5, () -> {
			int decoded = 0;
			for (byte[] record : records) {
				if (codec.decode(record) instanceof DecodeResult.Decoded) {
					decoded++;
				}
			}
			assertEquals(RECORDS, decoded);
			return decoded;
		});
		Benchmark.throughput("codec decode with the streaming parser only (the fast path's fallback)", 3, 5, () -> {
			int decoded = 0;
			for (byte[] record : records) {
				if (codec.decodeWithParser(record) instanceof DecodeResult.Decoded) {
					decoded++;
				}
			}
			assertEquals(RECORDS, decoded);
			return decoded;
		});
		Benchmark.throughput("codec encode", 3, 5, () -> {
			long written = 0;
			for (ChangeEvent event : events) {
				written += codec.encode(event).length;
			}
			assertEquals(totalBytes, written);
			return RECORDS;
		});
	}
}
