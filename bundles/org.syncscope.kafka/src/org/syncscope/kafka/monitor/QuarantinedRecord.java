package org.syncscope.kafka.monitor;

import java.time.Instant;

/**
 * A change-log record that could not be decoded, kept with its raw bytes and where it came from so that
 * nothing is lost: an operator can inspect it, fix the producer and replay it.
 */
public record QuarantinedRecord(String topic, int partition, long offset, byte[] key, byte[] value, String reason,
		Instant quarantinedAt) {
}
