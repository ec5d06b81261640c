package org.syncscope.core.lag;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;

/**
 * The evaluation of a link: an immutable snapshot the UI draws and the store samples. Figures are empty when
 * they are not meaningful: all of them while rebalancing or unreachable, the time to drain unless shrinking,
 * the time left before retention unless the retention is known.
 *
 * @param link the link name
 * @param status the worst partition status, or ERROR / REBALANCING from the group state
 * @param severity the worse of the status's severity and the time lag's threshold severity
 * @param offsetLag the sum of the partitions' offset lags
 * @param timeLag the largest partition time lag
 * @param trend whether the total lag grows or shrinks
 * @param timeToDrain estimated time until the total lag reaches zero at current rates
 * @param timeLeftBeforeRetention time until the oldest unapplied event may be deleted by retention
 * @param partitions the per-partition evaluations
 * @param evaluatedAt when the evaluation was made
 */
public record LinkLag(String link, LagStatus status, Severity severity, OptionalLong offsetLag,
		Optional<Duration> timeLag, Trend trend, Optional<Duration> timeToDrain,
		Optional<Duration> timeLeftBeforeRetention, List<PartitionLag> partitions, Instant evaluatedAt) {

	/** Copies the partitions. */
	public LinkLag {
		partitions = List.copyOf(partitions);
	}
}
