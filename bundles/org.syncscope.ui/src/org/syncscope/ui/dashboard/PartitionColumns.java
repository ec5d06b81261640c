package org.syncscope.ui.dashboard;

import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.function.Function;

import org.syncscope.core.lag.LagText;
import org.syncscope.core.lag.PartitionLag;

/** The columns of the partitions table: what every Kafka console lists per partition, plus the rule. */
enum PartitionColumns {

	PARTITION("Partition", 7, lag -> Integer.toString(lag.partition())),
	STATUS("Status", 9, lag -> lag.status().name()),
	RULE("Rule", 18, lag -> lag.rule().label()),
	COMMITTED("Committed offset", 11, lag -> count(lag.committedOffset())),
	LOG_END("Log end", 11, lag -> count(lag.logEndOffset())),
	LAG_EVENTS("Lag (events)", 10, lag -> count(lag.offsetLag())),
	LAG_SECONDS("Lag (s)", 8, lag -> LagText.timeLag(lag.timeLag())),
	LAST_COMMIT("Committed offset first seen", 14, lag -> lag.lastCommitMillis().isPresent()
			? Clock.TIME.format(Instant.ofEpochMilli(lag.lastCommitMillis().getAsLong()))
			: "never");

	/** Holds the time format (an enum's constants cannot read its own static fields). */
	private static final class Clock {
		static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm:ss").withZone(ZoneId.systemDefault());
	}

	private final String title;
	private final int weight;
	private final Function<PartitionLag, String> text;

	PartitionColumns(String title, int weight, Function<PartitionLag, String> text) {
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

	String text(PartitionLag lag) {
		return text.apply(lag);
	}

	/** The cell's tooltip: the rule in full, or how the lag in seconds was obtained. */
	String tooltip(PartitionLag lag) {
		return switch (this) {
		case STATUS, RULE -> lag.rule().description() + ".";
		case LAG_SECONDS -> lag.timeLag().source().description();
		default -> null;
		};
	}

	private static String count(long value) {
		return String.format(Locale.ROOT, "%,d", value);
	}
}
