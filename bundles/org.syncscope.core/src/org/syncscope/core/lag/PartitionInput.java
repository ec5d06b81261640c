package org.syncscope.core.lag;

import java.util.List;
import java.util.Objects;
import java.util.OptionalLong;

/**
 * What the connector knows about one partition of a link when it asks for an evaluation.
 *
 * @param partition the partition number
 * @param logEndOffset the log-end offset now
 * @param commits distinct committed offsets, oldest first, each stamped with when it was first seen
 * @param logEndSamples earlier log-end observations, oldest first, one per change (for interpolation, the
 *        status's "recent lag zero" guard and the trend)
 * @param committedRecordTimestamp timestamp of the record at the last committed offset, if known
 * @param ownership whether a member of the applier group holds the partition
 */
public record PartitionInput(int partition, long logEndOffset, List<CommitSample> commits,
		List<OffsetSample> logEndSamples, OptionalLong committedRecordTimestamp, Ownership ownership) {

	/** Copies the lists. */
	public PartitionInput {
		commits = List.copyOf(commits);
		logEndSamples = List.copyOf(logEndSamples);
		Objects.requireNonNull(committedRecordTimestamp, "committedRecordTimestamp");
		Objects.requireNonNull(ownership, "ownership");
	}

	/** A partition whose ownership is not known. */
	public PartitionInput(int partition, long logEndOffset, List<CommitSample> commits,
			List<OffsetSample> logEndSamples, OptionalLong committedRecordTimestamp) {
		this(partition, logEndOffset, commits, logEndSamples, committedRecordTimestamp, Ownership.UNKNOWN);
	}

	/** The last committed offset (zero before any commit). */
	public long committedOffset() {
		return commits.isEmpty() ? 0 : commits.get(commits.size() - 1).offset();
	}
}
