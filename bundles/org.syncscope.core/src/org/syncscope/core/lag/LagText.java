package org.syncscope.core.lag;

import java.time.Duration;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * The words and figures every view of a link's lag shows, from one place, so that the links table, the
 * status line, the charts and a headless report cannot disagree: the status text says what fired (a status
 * such as {@code STALLED}, or the threshold, such as {@code LAG ≥ 60 s}, when the time lag made the link
 * worse than its status), the time lag is marked {@code ≈} when it is an estimate, and the explanations
 * name the rule and how the figure was obtained.
 */
public final class LagText {

	/** Shown for a figure that is not known (before the first poll, while rebalancing or unreachable). */
	public static final String UNKNOWN = "—";
	/** Put before a figure that is an estimate. */
	public static final String ESTIMATE = "≈ ";

	private LagText() {
	}

	/** The status to show: the threshold crossed when it is worse than the status, else the status. */
	public static String status(LinkLag lag, LagSettings settings) {
		Optional<Long> threshold = crossedThreshold(lag, settings);
		if (threshold.isPresent()) {
			return "LAG ≥ " + String.format(Locale.ROOT, "%,d", threshold.get()) + " s";
		}
		return lag.status() == LagStatus.ERROR ? "DOWN" : lag.status().name();
	}

	/** Why the link has its status and severity, one sentence per reason. */
	public static String statusExplanation(LinkLag lag, LagSettings settings) {
		String rules = switch (lag.status()) {
		case ERROR -> "The cluster or the applier group could not be asked.";
		case DENIED -> "The cluster refused to tell: the user SyncScope logs in as lacks an ACL for the link's"
				+ " change log or applier group (the Problems part says which).";
		case REBALANCING -> "The applier group is rebalancing: offsets are in flux, so no figure is given.";
		default -> lag.statusRules().stream().map(StatusRule::description).map(text -> text + ".")
				.collect(Collectors.joining("\n"));
		};
		Optional<Long> threshold = crossedThreshold(lag, settings);
		if (threshold.isPresent()) {
			String level = lag.severity() == Severity.CRITICAL ? "critical" : "warning";
			return "Lag in seconds at or above the link's " + level + " threshold of " + threshold.get() + " s.\n"
					+ "Status by the lag rules: " + lag.status().name() + ". " + rules;
		}
		return rules;
	}

	/** The time lag in seconds, marked when it is an estimate; {@link #UNKNOWN} when not known. */
	public static String timeLag(LinkLag lag) {
		return lag.timeLag().map(duration -> (lag.timeLagSource().estimate() ? ESTIMATE : "") + seconds(duration))
				.orElse(UNKNOWN);
	}

	/** The time lag of one partition, marked when it is an estimate. */
	public static String timeLag(TimeLag lag) {
		return lag.lag().map(duration -> (lag.source().estimate() ? ESTIMATE : "") + seconds(duration))
				.orElse(UNKNOWN);
	}

	/** Seconds, with a decimal below 100 s and thousands separated above. */
	public static String seconds(Duration duration) {
		double seconds = duration.toMillis() / 1000.0;
		return seconds < 100 ? String.format(Locale.ROOT, "%.1f", seconds)
				: String.format(Locale.ROOT, "%,d", Math.round(seconds));
	}

	/** The threshold whose crossing made the link worse than its status says, if one did. */
	private static Optional<Long> crossedThreshold(LinkLag lag, LagSettings settings) {
		if (lag.severity().compareTo(lag.status().severity()) <= 0 || lag.severity() == Severity.UNKNOWN) {
			return Optional.empty();
		}
		return Optional.of(lag.severity() == Severity.CRITICAL ? settings.criticalSeconds() : settings.warningSeconds());
	}
}
