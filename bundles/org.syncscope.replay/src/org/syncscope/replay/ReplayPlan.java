package org.syncscope.replay;

import java.util.List;

/**
 * The result of a dry run: the range resolved to offsets per partition, how many events each partition would
 * replay, and the first events masked for display. Executing a plan replays exactly these offsets.
 */
public record ReplayPlan(ReplayRequest request, List<PartitionPlan> partitions, List<PreviewEvent> preview) {

	public ReplayPlan {
		partitions = List.copyOf(partitions);
		preview = List.copyOf(preview);
	}

	/** Events that will be re-sent. */
	public long total() {
		return partitions.stream().mapToLong(PartitionPlan::replayable).sum();
	}

	/** Events the loop guard refuses. */
	public long refused() {
		return partitions.stream().mapToLong(PartitionPlan::refused).sum();
	}

	/** The resolved offsets. */
	public List<PartitionSpan> spans() {
		return partitions.stream().map(PartitionPlan::span).toList();
	}
}
