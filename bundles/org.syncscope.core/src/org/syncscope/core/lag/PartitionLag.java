package org.syncscope.core.lag;

import java.util.OptionalDouble;
import java.util.OptionalLong;

/**
 * The evaluation of one partition: what a console lists per partition.
 *
 * @param partition the partition number
 * @param rule the rule of {@link StatusRules} that decided the status
 * @param committedOffset the applier group's committed offset
 * @param logEndOffset the log-end offset
 * @param offsetLag log-end offset minus committed offset, never negative
 * @param timeLag age of the oldest unapplied event, and how it was obtained
 * @param lastCommitMillis when the committed offset was first seen, if ever
 * @param lagRate how fast the lag changed over the recent past, in events per second (positive: growing)
 */
public record PartitionLag(int partition, StatusRule rule, long committedOffset, long logEndOffset, long offsetLag,
		TimeLag timeLag, OptionalLong lastCommitMillis, OptionalDouble lagRate) {

	/** The status the rule gives. */
	public LagStatus status() {
		return rule.status();
	}
}
