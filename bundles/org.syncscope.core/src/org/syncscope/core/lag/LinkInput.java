package org.syncscope.core.lag;

import java.util.List;
import java.util.Objects;
import java.util.OptionalLong;

/**
 * What the connector knows about one link when it asks for an evaluation.
 *
 * @param link the link name
 * @param state the state of the link's consumer group
 * @param partitions the partitions of the change-log topic
 * @param retentionMillis the topic's time-based retention, if known
 */
public record LinkInput(String link, GroupState state, List<PartitionInput> partitions, OptionalLong retentionMillis) {

	/** Copies the partitions. */
	public LinkInput {
		Objects.requireNonNull(link, "link");
		Objects.requireNonNull(state, "state");
		partitions = List.copyOf(partitions);
	}
}
