package org.syncscope.core.lag;

/**
 * One observation of a partition's log-end offset, used to estimate when the record at a given offset was
 * produced (as Kafka Lag Exporter does) and how fast producers write.
 *
 * @param offset the log-end offset
 * @param timestampMillis when it was observed, epoch milliseconds
 */
public record OffsetSample(long offset, long timestampMillis) {
}
