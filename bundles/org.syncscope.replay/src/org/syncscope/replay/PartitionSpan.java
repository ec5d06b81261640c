package org.syncscope.replay;

/**
 * Offsets {@code from} (inclusive) to {@code to} (exclusive) of one partition: the unit in which a replay
 * range is resolved, checked against the log and remembered for a resume.
 */
public record PartitionSpan(int partition, long from, long to) {

	public PartitionSpan {
		if (partition < 0) {
			throw new IllegalArgumentException("Negative partition " + partition);
		}
		if (from < 0 || to < 0) {
			throw new IllegalArgumentException("Negative offset in partition " + partition + ": " + from + ".." + to);
		}
	}

	/** Whether the span holds no offsets. */
	public boolean isEmpty() {
		return to <= from;
	}

	/** The span as {@code p:from-to}, the form the command line accepts. */
	@Override
	public String toString() {
		return partition + ":" + from + "-" + to;
	}
}
