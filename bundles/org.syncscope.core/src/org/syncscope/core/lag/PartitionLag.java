package org.syncscope.core.lag;

import java.util.OptionalDouble;

/**
 * The evaluation of one partition.
 *
 * @param partition the partition number
 * @param status the status by {@link StatusRules}
 * @param offsetLag log-end offset minus committed offset, never negative
 * @param timeLag age of the oldest unapplied event
 * @param consumeRate records per second committed over the window, if measurable
 * @param produceRate records per second appended over the log-end history, if measurable
 */
public record PartitionLag(int partition, LagStatus status, long offsetLag, TimeLag timeLag,
		OptionalDouble consumeRate, OptionalDouble produceRate) {
}
