package org.syncscope.ui.dashboard;

import java.time.Duration;
import java.util.Locale;
import java.util.function.Function;

import org.syncscope.core.lag.LinkLag;
import org.syncscope.kafka.monitor.LinkSnapshot;

/**
 * The columns of the links table and how each shows a link's snapshot; a dash stands for "not known yet"
 * (before the first poll, while rebalancing, or while the cluster is unreachable).
 */
enum LinkColumns {

	LINK("Link", 22, snapshot -> snapshot.link().name()),
	STATUS("Status", 11, snapshot -> snapshot.lag().map(lag -> lag.status().name()).orElse("—")),
	LAG_OFFSETS("Lag (events)", 11, snapshot -> snapshot.lag().flatMap(lag -> boxed(lag.offsetLag()))
			.map(offsets -> String.format(Locale.ROOT, "%,d", offsets)).orElse("—")),
	LAG_SECONDS("Lag (s)", 9, snapshot -> snapshot.lag().flatMap(LinkLag::timeLag).map(LinkColumns::seconds)
			.orElse("—")),
	TREND("Trend", 9, snapshot -> snapshot.lag().map(lag -> switch (lag.trend()) {
	case GROWING -> "↑ growing";
	case SHRINKING -> "↓ draining";
	case STEADY -> "→ steady";
	case UNKNOWN -> "—";
	}).orElse("—")),
	DRAIN("Drains in", 9, snapshot -> snapshot.lag().flatMap(LinkLag::timeToDrain).map(LinkColumns::seconds)
			.orElse("—")),
	THROUGHPUT("Events/s", 9,
			snapshot -> String.format(Locale.ROOT, "%.1f", snapshot.throughput().eventsPerSecond())),
	OPEN_CONFLICTS("Open conflicts", 10, snapshot -> Integer.toString(snapshot.detector().openConflicts())),
	PSEUDO_CONFLICTS("Pseudo-conflicts", 10, snapshot -> Long.toString(snapshot.detector().pseudoConflicts())),
	QUARANTINED("Quarantined", 9, snapshot -> Long.toString(snapshot.quarantined()));

	private final String title;
	private final int weight;
	private final Function<LinkSnapshot, String> text;

	LinkColumns(String title, int weight, Function<LinkSnapshot, String> text) {
		this.title = title;
		this.weight = weight;
		this.text = text;
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

	private static java.util.Optional<Long> boxed(java.util.OptionalLong value) {
		return value.isPresent() ? java.util.Optional.of(value.getAsLong()) : java.util.Optional.empty();
	}

	private static String seconds(Duration duration) {
		return String.format(Locale.ROOT, "%.1f", duration.toMillis() / 1000.0);
	}
}
