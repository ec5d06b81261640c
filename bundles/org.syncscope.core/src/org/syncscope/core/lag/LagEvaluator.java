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
 * <li>An unreachable group is ERROR and a rebalancing group REBALANCING; neither reports any figure.</li>
 * <li>Otherwise the status is the worst partition status, the offset lag the sum and the time lag the
 * maximum over partitions.</li>
 * <li>The severity is the worse of what the status implies ({@link LagStatus#severity()}) and what the time
 * lag reaches against the warning and critical thresholds ({@link LagSettings#severityOf(long)}).</li>
 * <li>Rates: the consume rate of a partition is the committed-offset progress from the first to the last
 * commit of the window (unknown with a single commit or after a rewind), the
 * produce rate the log-end progress over the log-end history closed by the current log end. The trend
 * compares the summed rates: GROWING when producers are faster, SHRINKING when the consumer is faster and
 * something is behind, STEADY otherwise, UNKNOWN when a rate cannot be measured while something is behind.
 * When SHRINKING the time to drain is the total offset lag divided by the difference of the rates.</li>
 * <li>With a known retention, the time left before retention is the retention minus the largest time lag,
 * at least zero: from then on unapplied events may be deleted before they are applied.</li>
 * </ul>
 */
public final class LagEvaluator {

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
		long committed = commits.isEmpty() ? 0 : commits.get(commits.size() - 1).offset();
		long offsetLag = Math.max(0, input.logEndOffset() - committed);
		LagStatus status = StatusRules.evaluate(commits, offsetLag, now, settings);
		TimeLag timeLag = TimeLagEstimator.estimate(committed, input.logEndOffset(), now, input.logEndSamples(),
				input.committedRecordTimestamp());
		OptionalDouble consumeRate = commits.isEmpty() || status == LagStatus.REWIND ? OptionalDouble.empty()
				: rate(commits.get(0).offset(), commits.get(0).timestampMillis(), committed,
						commits.get(commits.size() - 1).timestampMillis());
		OptionalDouble produceRate = input.logEndSamples().isEmpty() ? OptionalDouble.empty()
				: rate(input.logEndSamples().get(0).offset(), input.logEndSamples().get(0).timestampMillis(),
						input.logEndOffset(), now);
		return new PartitionLag(input.partition(), status, offsetLag, timeLag, consumeRate, produceRate);
	}

	/** Evaluates a link from all its partitions. */
	public LinkLag evaluate(LinkInput input) {
		if (input.state() != GroupState.STABLE) {
			LagStatus status = input.state() == GroupState.REBALANCING ? LagStatus.REBALANCING : LagStatus.ERROR;
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
		Trend trend = trend(partitions, offsetLag);
		Optional<Duration> drain = trend == Trend.SHRINKING ? drainTime(partitions, offsetLag) : Optional.empty();
		Optional<Duration> timeLeft = timeLag.flatMap(lag -> input.retentionMillis().isPresent()
				? Optional.of(Duration.ofMillis(Math.max(0, input.retentionMillis().getAsLong() - lag.toMillis())))
				: Optional.empty());
		return new LinkLag(input.link(), status, severity, OptionalLong.of(offsetLag), timeLag, trend, drain,
				timeLeft, partitions, clock.instant());
	}

	private static Trend trend(List<PartitionLag> partitions, long offsetLag) {
		OptionalDouble net = netDrainRate(partitions);
		if (net.isEmpty()) {
			return offsetLag == 0 ? Trend.STEADY : Trend.UNKNOWN;
		}
		if (net.getAsDouble() < 0) {
			return Trend.GROWING;
		}
		return net.getAsDouble() > 0 && offsetLag > 0 ? Trend.SHRINKING : Trend.STEADY;
	}

	private static Optional<Duration> drainTime(List<PartitionLag> partitions, long offsetLag) {
		double seconds = offsetLag / netDrainRate(partitions).orElseThrow();
		return Optional.of(Duration.ofMillis(Math.round(seconds * 1000)));
	}

	/** Consume rate minus produce rate over all partitions, in records per second; empty if one is unknown. */
	private static OptionalDouble netDrainRate(List<PartitionLag> partitions) {
		double net = 0;
		for (PartitionLag partition : partitions) {
			if (partition.consumeRate().isEmpty() || partition.produceRate().isEmpty()) {
				return OptionalDouble.empty();
			}
			net += partition.consumeRate().getAsDouble() - partition.produceRate().getAsDouble();
		}
		return partitions.isEmpty() ? OptionalDouble.empty() : OptionalDouble.of(net);
	}

	private static OptionalDouble rate(long fromOffset, long fromMillis, long toOffset, long toMillis) {
		long millis = toMillis - fromMillis;
		return millis <= 0 ? OptionalDouble.empty() : OptionalDouble.of((toOffset - fromOffset) * 1000.0 / millis);
	}

	private static Optional<Duration> max(Optional<Duration> a, Optional<Duration> b) {
		if (a.isEmpty() || b.isEmpty()) {
			return a.isEmpty() ? a : b;
		}
		return a.get().compareTo(b.get()) >= 0 ? a : b;
	}
}
