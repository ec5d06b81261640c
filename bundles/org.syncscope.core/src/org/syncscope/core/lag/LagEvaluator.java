package org.syncscope.core.lag;

import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.OptionalLong;

/**
 * Evaluates the lag of partitions and links from samples the connector collected: a plain class with no
 * state besides its settings and clock, so the same samples always give the same answer.
 * <p>
 * Link rules, in addition to {@link StatusRules} per partition:
 * <ul>
 * <li>An unreachable group is ERROR, a denied one DENIED and a rebalancing group REBALANCING; none reports any
 * figure.</li>
 * <li>Otherwise the status is the worst partition status, the offset lag the sum and the time lag the
 * maximum over partitions.</li>
 * <li>The severity is the worse of what the status implies ({@link LagStatus#severity()}) and what the time
 * lag reaches against the warning and critical thresholds ({@link LagSettings#severityOf(long)}).</li>
 * <li>The trend is the sum of the partitions' recent lag slopes ({@link LagSlope}, over the last 30 s):
 * STEADY while nothing is behind or the lag would change by less than one event or a tenth of itself over
 * that horizon, otherwise GROWING or SHRINKING by the slope's sign; UNKNOWN when a slope cannot be measured
 * while something is behind. When SHRINKING the time to drain is the lag divided by the falling rate.</li>
 * <li>With a known retention, the time left before retention is the retention minus the largest time lag,
 * at least zero: from then on unapplied events may be deleted before they are applied.</li>
 * </ul>
 */
public final class LagEvaluator {

	private static final double STEADY_FRACTION = 0.1;

	private final LagSettings settings;
	private final Clock clock;

	/** An evaluator applying {@code settings}, reading the time from {@code clock}. */
	public LagEvaluator(LagSettings settings, Clock clock) {
		this.settings = Objects.requireNonNull(settings, "settings");
		this.clock = Objects.requireNonNull(clock, "clock");
	}

	/** Evaluates one partition. */
	public PartitionLag evaluate(PartitionInput input) {
		long now = clock.millis();
		List<CommitSample> commits = input.commits();
		long committed = input.committedOffset();
		long offsetLag = Math.max(0, input.logEndOffset() - committed);
		StatusRule rule = StatusRules.evaluate(commits, input.logEndSamples(), offsetLag, input.ownership(), now,
				settings);
		TimeLag timeLag = TimeLagEstimator.estimate(committed, input.logEndOffset(), now, input.logEndSamples(),
				input.committedRecordTimestamp());
		OptionalLong lastCommit = commits.isEmpty() ? OptionalLong.empty()
				: OptionalLong.of(commits.get(commits.size() - 1).timestampMillis());
		return new PartitionLag(input.partition(), rule, committed, input.logEndOffset(), offsetLag, timeLag,
				lastCommit, LagSlope.of(input, now));
	}

	/** Evaluates a link from all its partitions. */
	public LinkLag evaluate(LinkInput input) {
		if (input.state() != GroupState.STABLE) {
			LagStatus status = switch (input.state()) {
			case REBALANCING -> LagStatus.REBALANCING;
			case DENIED -> LagStatus.DENIED;
			default -> LagStatus.ERROR;
			};
			return new LinkLag(input.link(), status, status.severity(), OptionalLong.empty(), Optional.empty(),
					Trend.UNKNOWN, Optional.empty(), Optional.empty(), List.of(), clock.instant());
		}
		List<PartitionLag> partitions = new ArrayList<>();
		LagStatus status = LagStatus.OK;
		long offsetLag = 0;
		Optional<Duration> timeLag = Optional.of(Duration.ZERO);
		for (PartitionInput partitionInput : input.partitions()) {
			PartitionLag partition = evaluate(partitionInput);
			partitions.add(partition);
			status = LagStatus.worst(status, partition.status());
			offsetLag += partition.offsetLag();
			timeLag = max(timeLag, partition.timeLag().lag());
		}
		Severity severity = status.severity();
		if (timeLag.isPresent()) {
			Severity byThreshold = settings.severityOf(timeLag.get().toMillis());
			severity = byThreshold.compareTo(severity) > 0 ? byThreshold : severity;
		}
		OptionalDouble slope = slope(partitions);
		Trend trend = trend(slope, offsetLag);
		Optional<Duration> drain = trend == Trend.SHRINKING
				? Optional.of(Duration.ofMillis(Math.round(offsetLag / -slope.getAsDouble() * 1000)))
				: Optional.empty();
		Optional<Duration> timeLeft = timeLag.flatMap(lag -> input.retentionMillis().isPresent()
				? Optional.of(Duration.ofMillis(Math.max(0, input.retentionMillis().getAsLong() - lag.toMillis())))
				: Optional.empty());
		return new LinkLag(input.link(), status, severity, OptionalLong.of(offsetLag), timeLag, trend, drain,
				timeLeft, partitions, clock.instant());
	}

	private static Trend trend(OptionalDouble slope, long offsetLag) {
		if (offsetLag == 0) {
			return Trend.STEADY;
		}
		if (slope.isEmpty()) {
			return Trend.UNKNOWN;
		}
		double change = slope.getAsDouble() * LagSlope.HORIZON_MILLIS / 1000.0;
		if (Math.abs(change) < Math.max(1, STEADY_FRACTION * offsetLag)) {
			return Trend.STEADY;
		}
		return change > 0 ? Trend.GROWING : Trend.SHRINKING;
	}

	/** The sum of the partitions' lag slopes; empty if one is unknown. */
	private static OptionalDouble slope(List<PartitionLag> partitions) {
		double sum = 0;
		for (PartitionLag partition : partitions) {
			if (partition.lagRate().isEmpty()) {
				return OptionalDouble.empty();
			}
			sum += partition.lagRate().getAsDouble();
		}
		return partitions.isEmpty() ? OptionalDouble.empty() : OptionalDouble.of(sum);
	}

	private static Optional<Duration> max(Optional<Duration> a, Optional<Duration> b) {
		if (a.isEmpty() || b.isEmpty()) {
			return a.isEmpty() ? a : b;
		}
		return a.get().compareTo(b.get()) >= 0 ? a : b;
	}
}
