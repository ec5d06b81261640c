package org.syncscope.replay.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Optional;
import java.util.UUID;

import org.apache.kafka.common.header.internals.RecordHeaders;
import org.junit.jupiter.api.Test;
import org.syncscope.replay.ReplayHeaders;

/** The replay header's binary value reads back as written, and a value it cannot read counts as no replay. */
class ReplayHeadersTest {

	@Test
	void stampReadsBackWithLargePositions() {
		RecordHeaders headers = new RecordHeaders();
		String job = UUID.randomUUID().toString();
		headers.add(ReplayHeaders.NAME, new ReplayHeaders.Writer(job).value(3, 1_000, 1L << 40));
		assertEquals(Optional.of(new ReplayHeaders.Stamp(job, 3, 1_000, 1L << 40)), ReplayHeaders.stamp(headers));
		assertEquals(3, ReplayHeaders.replayCount(headers));
	}

	@Test
	void lastStampCounts() {
		RecordHeaders headers = new RecordHeaders();
		headers.add(ReplayHeaders.NAME, new ReplayHeaders.Writer(UUID.randomUUID().toString()).value(1, 0, 7));
		headers.add(ReplayHeaders.NAME, new ReplayHeaders.Writer(UUID.randomUUID().toString()).value(2, 0, 9));
		assertEquals(2, ReplayHeaders.replayCount(headers));
	}

	@Test
	void unreadableValuesCountAsNoReplay() {
		RecordHeaders headers = new RecordHeaders();
		assertEquals(0, ReplayHeaders.replayCount(headers), "no header");
		headers.add(ReplayHeaders.NAME, "2".getBytes());
		assertEquals(Optional.empty(), ReplayHeaders.stamp(headers), "not format 1");
		headers.add(ReplayHeaders.NAME, new byte[] { 1, (byte) 0x81 });
		assertEquals(0, ReplayHeaders.replayCount(headers), "varint cut short");
		headers.add(ReplayHeaders.NAME, new byte[] { 1, 1, 0, 5, 42 });
		assertEquals(0, ReplayHeaders.replayCount(headers), "job id cut short");
	}
}
