package org.syncscope.ui.dashboard;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.function.Function;
import java.util.function.Supplier;
import java.util.stream.Stream;

import org.syncscope.core.lag.LagText;
import org.syncscope.core.lag.LinkLag;
import org.syncscope.core.lag.Trend;
import org.syncscope.kafka.monitor.LinkSnapshot;

/**
 * The columns of the links table and how each shows a link's snapshot; a dash stands for "not known yet"
 * (before the first poll, while rebalancing, or while the cluster is unreachable) or "not measured"
 * (conflicts on links of Debezium events).
 */
enum LinkColumns {

	LINK("Link", "The sync link: its source replica's changes, applied to its target.", 22,
			snapshot -> snapshot.link().name()),
	STATUS("Status", "The link's health, from the rule that fired on its applier's commits (a cell's tooltip"
			+ " names it).", 11,
			snapshot -> snapshot.lag().map(lag -> LagText.status(lag, snapshot.link().lagSettings()))
					.orElse(LagText.UNKNOWN)),
	LAG_OFFSETS("Lag (events)", "Changes in the link's change log that its applier has not committed yet, over all"
			+ " partitions.", 11,
			snapshot -> snapshot.lag().flatMap(lag -> boxed(lag.offsetLag()))
					.map(offsets -> String.format(Locale.ROOT, "%,d", offsets)).orElse("—")),
	LAG_SECONDS("Lag (s)", "How long ago the oldest change the applier has not applied yet was made.", 9,
			snapshot -> snapshot.lag().map(LagText::timeLag).orElse(LagText.UNKNOWN),
			snapshot -> snapshot.lag().flatMap(LinkLag::timeLag).map(Durations::seconds)
					.orElse(Double.NEGATIVE_INFINITY)),
	TREND("Trend", "Whether the lag in events grows, drains or holds steady over the applier's recent commits.", 9,
			snapshot -> snapshot.lag().map(lag -> trendText(lag.trend())).orElse("—")) {
		@Override
		List<String> fixedTexts() {
			return Stream.of(Trend.values()).map(LinkColumns::trendText).toList();
		}
	},
	DRAIN("Drains in", "When the lag would reach zero if it keeps draining at its recent rate.", 9,
			snapshot -> snapshot.lag().flatMap(LinkLag::timeToDrain).map(Durations::format).orElse("—"),
			snapshot -> snapshot.lag().flatMap(LinkLag::timeToDrain).map(Durations::seconds)
					.orElse(Double.NEGATIVE_INFINITY)),
	RETENTION("Before retention", "How long until the oldest unapplied change passes the log's retention and is"
			+ " lost to the applier.", 10,
			snapshot -> snapshot.lag().flatMap(LinkLag::timeLeftBeforeRetention).map(Durations::format).orElse("—"),
			snapshot -> snapshot.lag().flatMap(LinkLag::timeLeftBeforeRetention).map(Durations::seconds)
					.orElse(Double.NEGATIVE_INFINITY)),
	THROUGHPUT("Events/s", "Changes per second written to the link's change log, over the last ten seconds.", 9,
			snapshot -> String.format(Locale.ROOT, "%.1f", snapshot.throughput().eventsPerSecond())),
	OPEN_CONFLICTS("Open conflicts", "Keys with concurrent versions on this link that no later version has"
			+ " superseded yet.", 10,
			snapshot -> decoded(snapshot, () -> Integer.toString(snapshot.detector().openConflicts()))),
	PSEUDO_CONFLICTS("Pseudo-conflicts", "Concurrent versions of a key that carry the same content: nothing to"
			+ " resolve.", 10,
			snapshot -> decoded(snapshot, () -> Long.toString(snapshot.detector().pseudoConflicts()))),
	QUARANTINED("Quarantined", "Records of the change log that could not be decoded, kept aside with the reason.", 9,
			snapshot -> Long.toString(snapshot.quarantined()));

	private final String title;
	private final String description;
	private final int weight;
	private final Function<LinkSnapshot, String> text;
	private final Function<LinkSnapshot, Double> sortKey;

	LinkColumns(String title, String description, int weight, Function<LinkSnapshot, String> text) {
		this(title, description, weight, text, null);
	}

	LinkColumns(String title, String description, int weight, Function<LinkSnapshot, String> text,
			Function<LinkSnapshot, Double> sortKey) {
		this.title = title;
		this.description = description;
		this.weight = weight;
		this.text = text;
		this.sortKey = sortKey;
	}

	String title() {
		return title;
	}

	/** Every text the column's cells can show, when they are a few known ones: the column is made wide enough. */
	List<String> fixedTexts() {
		return List.of();
	}

	private static String trendText(Trend trend) {
		return switch (trend) {
		case GROWING -> "↑ growing";
		case SHRINKING -> "↓ draining";
		case STEADY -> "→ steady";
		case UNKNOWN -> "—";
		};
	}

	/** What the column's figure is, in one sentence: its header's tooltip. */
	String description() {
		return description;
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
				: Optional.of("Conflicts of Debezium's events are found from before-images and listed in the Conflicts"
						+ " part; no detector counts them open");
		default -> Optional.empty();
		};
	}
}
