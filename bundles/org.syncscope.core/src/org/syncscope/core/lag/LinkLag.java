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

	/**
	 * How the link's time lag was obtained: that of the partition with the largest time lag (the one the
	 * link's figure is), or of the first partition whose time lag is unknown.
	 */
	public TimeLagSource timeLagSource() {
		TimeLag largest = null;
		for (PartitionLag partition : partitions) {
			TimeLag lag = partition.timeLag();
			if (lag.lag().isEmpty()) {
				return lag.source();
			}
			if (largest == null || lag.lag().get().compareTo(largest.lag().get()) > 0) {
				largest = lag;
			}
		}
		return largest == null ? TimeLagSource.UNKNOWN : largest.source();
	}

	/** The rules that gave the link its status: those of the partitions with the link's status. */
	public List<StatusRule> statusRules() {
		return partitions.stream().filter(partition -> partition.status() == status).map(PartitionLag::rule)
				.distinct().toList();
	}
}
