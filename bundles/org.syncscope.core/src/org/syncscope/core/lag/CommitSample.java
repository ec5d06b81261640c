package org.syncscope.core.lag;

/**
 * One observed commit of the link's consumer group on a partition: the unit of Burrow's sliding window.
 *
 * @param offset the committed offset (the next record to apply)
 * @param timestampMillis when the commit was made (or first observed), epoch milliseconds
 * @param lag log-end offset minus committed offset at that time
 */
public record CommitSample(long offset, long timestampMillis, long lag) {
}
