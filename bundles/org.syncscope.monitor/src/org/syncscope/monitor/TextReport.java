package org.syncscope.monitor;

import java.io.PrintStream;
import java.time.temporal.ChronoUnit;
import java.util.Locale;

import org.syncscope.core.lag.LagText;

/**
 * The report for a terminal: a headline with the verdict, a line per cluster, then a table of the links with
 * the figures and words of the dashboard's links table, and why each link that is not OK has its status.
 */
public final class TextReport {

	private static final String ROW = "%-28s  %-14s  %12s  %10s  %-9s  %8s  %14s  %11s%n";

	private TextReport() {
	}

	public static void write(MonitorReport report, PrintStream out) {
		out.printf(Locale.ROOT, "SyncScope monitor: %s at %s: %s%n", report.topology(), report.takenAt().truncatedTo(ChronoUnit.SECONDS),
				report.verdict());
		for (ClusterLine cluster : report.clusters()) {
			out.printf(Locale.ROOT, "Cluster %s (%s): %s%s%s%n", cluster.name(), cluster.bootstrapServers(),
					cluster.statusText(),
					cluster.lastPollRound().map(round -> ", lag poll " + LagText.seconds(round) + " s").orElse(""),
					cluster.error().map(error -> " — " + error).orElse(""));
		}
		out.printf(Locale.ROOT, ROW, "LINK", "STATUS", "LAG (EVENTS)", "LAG (S)", "TREND", "EVENTS/S",
				"OPEN CONFLICTS", "QUARANTINED");
		for (LinkLine link : report.links()) {
			out.printf(Locale.ROOT, ROW, link.name(), link.status(),
					link.lagEvents().isPresent() ? String.format(Locale.ROOT, "%,d", link.lagEvents().getAsLong())
							: LagText.UNKNOWN,
					link.lagTime().map(time -> (link.lagEstimated() ? LagText.ESTIMATE : "") + LagText.seconds(time))
							.orElse(LagText.UNKNOWN),
					link.trend().name().toLowerCase(Locale.ROOT),
					String.format(Locale.ROOT, "%.1f", link.eventsPerSecond()),
					link.openConflicts().isPresent() ? Integer.toString(link.openConflicts().getAsInt())
							: LagText.UNKNOWN,
					Long.toString(link.quarantined()));
		}
		for (LinkLine link : report.links()) {
			if (link.verdict() != Verdict.OK) {
				out.printf(Locale.ROOT, "%s %s: %s%n", link.verdict(), link.name(), link.explanation());
			}
		}
	}
}
