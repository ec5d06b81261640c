package org.syncscope.replay;

/**
 * The dry-run count for one partition of the range.
 *
 * @param span the resolved offsets
 * @param replayable events that will be re-sent
 * @param refused events matching the filter that the loop guard refuses (already replayed too often)
 */
public record PartitionPlan(PartitionSpan span, long replayable, long refused) {
}
