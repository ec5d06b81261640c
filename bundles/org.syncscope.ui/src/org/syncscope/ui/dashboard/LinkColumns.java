package org.syncscope.ui.dashboard;

import java.util.Locale;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.function.Function;
import java.util.function.Supplier;

import org.syncscope.core.lag.LagText;
import org.syncscope.core.lag.LinkLag;
import org.syncscope.kafka.monitor.LinkSnapshot;

/**
 * The columns of the links table and how each shows a link's snapshot; a dash stands for "not known yet"
 * (before the first poll, while rebalancing, or while the cluster is unreachable) or "not measured"
 * (conflicts on links of Debezium events).
 */
enum LinkColumns {

	LINK("Link", 22, snapshot -> snapshot.link().name()),
	STATUS("Status", 11, snapshot -> snapshot.lag().map(lag -> LagText.status(lag, snapshot.link().lagSettings()))
			.orElse(LagText.UNKNOWN)),
	LAG_OFFSETS("Lag (events)", 11, snapshot -> snapshot.lag().flatMap(lag -> boxed(lag.offsetLag()))
			.map(offsets -> String.format(Locale.ROOT, "%,d", offsets)).orElse("—")),
	LAG_SECONDS("Lag (s)", 9, snapshot -> snapshot.lag().map(LagText::timeLag).orElse(LagText.UNKNOWN),
			snapshot -> snapshot.lag().flatMap(LinkLag::timeLag).map(Durations::seconds)
					.orElse(Double.NEGATIVE_INFINITY)),
	TREND("Trend", 9, snapshot -> snapshot.lag().map(lag -> switch (lag.trend()) {
	case GROWING -> "↑ growing";
	case SHRINKING -> "↓ draining";
	case STEADY -> "→ steady";
	case UNKNOWN -> "—";
	}).orElse("—")),
	DRAIN("Drains in", 9, snapshot -> snapshot.lag().flatMap(LinkLag::timeToDrain).map(Durations::format)
			.orElse("—"), snapshot -> snapshot.lag().flatMap(LinkLag::timeToDrain).map(Durations::seconds)
					.orElse(Double.NEGATIVE_INFINITY)),
	RETENTION("Before retention", 10, snapshot -> snapshot.lag().flatMap(LinkLag::timeLeftBeforeRetention)
			.map(Durations::format).orElse("—"), snapshot -> snapshot.lag()
					.flatMap(LinkLag::timeLeftBeforeRetention).map(Durations::seconds).orElse(Double.NEGATIVE_INFINITY)),
	THROUGHPUT("Events/s", 9,
			snapshot -> String.format(Locale.ROOT, "%.1f", snapshot.throughput().eventsPerSecond())),
	OPEN_CONFLICTS("Open conflicts", 10,
			snapshot -> decoded(snapshot, () -> Integer.toString(snapshot.detector().openConflicts()))),
	PSEUDO_CONFLICTS("Pseudo-conflicts", 10,
			snapshot -> decoded(snapshot, () -> Long.toString(snapshot.detector().pseudoConflicts()))),
	QUARANTINED("Quarantined", 9, snapshot -> Long.toString(snapshot.quarantined()));

	private final String title;
	private final int weight;
	private final Function<LinkSnapshot, String> text;
	private final Function<LinkSnapshot, Double> sortKey;

	LinkColumns(String title, int weight, Function<LinkSnapshot, String> text) {
		this(title, weight, text, null);
	}

	LinkColumns(String title, int weight, Function<LinkSnapshot, String> text, Function<LinkSnapshot, Double> sortKey) {
		this.title = title;
		this.weight = weight;
		this.text = text;
		this.sortKey = sortKey;
	}

	String title() {
		return title;
	}

	int weight() {
		return weight;
	}

	String text(LinkSnapshot snapshot) {
		return text.apply(snapshot);
	}

	/** Orders two links by this column: by its sort key, else numerically where cells are numbers, unknown first. */
	int compare(LinkSnapshot a, LinkSnapshot b) {
		if (sortKey != null) {
			return Double.compare(sortKey.apply(a), sortKey.apply(b));
		}
		String left = text(a);
		String right = text(b);
		Double x = number(left);
		Double y = number(right);
		if (x != null || y != null) {
			return Double.compare(x == null ? Double.NEGATIVE_INFINITY : x, y == null ? Double.NEGATIVE_INFINITY : y);
		}
		return left.compareToIgnoreCase(right);
	}

	private static Double number(String text) {
		try {
			return Double.valueOf(text.replace(",", ""));
		} catch (NumberFormatException notANumber) {
			return null;
		}
	}

	/**
	 * What only SyncScope's own events tell (conflicts), or a dash for a link of Debezium events, where
	 * conflicts are not detected yet: a zero there would be a wrong number, not a measured one.
	 */
	private static String decoded(LinkSnapshot snapshot, Supplier<String> text) {
		return snapshot.link().syncscopeEvents() ? text.get() : "—";
	}

	private static Optional<Long> boxed(OptionalLong value) {
		return value.isPresent() ? Optional.of(value.getAsLong()) : Optional.empty();
	}

	/** What the cell's tooltip explains, if anything: the rule behind a status, how a lag was obtained. */
	Optional<String> tooltip(LinkSnapshot snapshot) {
		return switch (this) {
		case STATUS -> snapshot.lag().map(lag -> LagText.statusExplanation(lag, snapshot.link().lagSettings()));
		case LAG_SECONDS -> snapshot.lag().filter(lag -> lag.timeLag().isPresent())
				.map(lag -> lag.timeLagSource().description());
		case OPEN_CONFLICTS, PSEUDO_CONFLICTS -> snapshot.link().syncscopeEvents() ? Optional.empty()
				: Optional.of("Conflicts are not detected on links of Debezium events yet");
		default -> Optional.empty();
		};
	}
}
