package org.syncscope.replay;

import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.stream.Collectors;

/**
 * What an operator chose to replay: explicit offsets per partition, or a time window that the broker turns
 * into offsets (offsets-for-times) in every partition of the change log. Kept as chosen, so that a repeat
 * from the history resolves a time window again rather than reusing stale offsets.
 */
public sealed interface ReplayRange {

	/** Offsets per partition, each from (inclusive) to (exclusive). */
	record ByOffsets(List<PartitionSpan> spans) implements ReplayRange {
		public ByOffsets {
			spans = spans.stream().sorted(Comparator.comparingInt(PartitionSpan::partition)).toList();
			if (spans.isEmpty()) {
				throw new IllegalArgumentException("No partition given");
			}
			if (spans.stream().map(PartitionSpan::partition).distinct().count() != spans.size()) {
				throw new IllegalArgumentException("A partition is given twice: " + spans);
			}
		}

		@Override
		public String describe() {
			return "offsets " + spans.stream().map(PartitionSpan::toString).collect(Collectors.joining(","));
		}
	}

	/** Events whose record timestamp is at or after {@code from} and before {@code to}, in every partition. */
	record ByTime(Instant from, Instant to) implements ReplayRange {
		public ByTime {
			Objects.requireNonNull(from, "from");
			Objects.requireNonNull(to, "to");
		}

		@Override
		public String describe() {
			return "time " + from + ".." + to;
		}
	}

	/** A one-line description for the history and the audit. */
	String describe();
}
