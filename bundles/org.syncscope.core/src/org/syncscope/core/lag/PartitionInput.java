package org.syncscope.core.lag;

import java.util.List;
import java.util.OptionalLong;

/**
 * What the connector knows about one partition of a link when it asks for an evaluation.
 *
 * @param partition the partition number
 * @param logEndOffset the log-end offset now
 * @param commits the window of recent commits, oldest first
 * @param logEndSamples recent log-end observations, oldest first (for interpolation and the produce rate)
 * @param committedRecordTimestamp timestamp of the record at the last committed offset, if known
 */
public record PartitionInput(int partition, long logEndOffset, List<CommitSample> commits,
		List<OffsetSample> logEndSamples, OptionalLong committedRecordTimestamp) {

	/** Copies the lists. */
	public PartitionInput {
		commits = List.copyOf(commits);
		logEndSamples = List.copyOf(logEndSamples);
	}
}
