package org.syncscope.ui.dashboard;

import java.util.Comparator;
import java.util.List;

import org.syncscope.core.lag.LagText;
import org.syncscope.core.lag.Severity;
import org.syncscope.kafka.monitor.LinkSnapshot;

/**
 * The one line the status bar keeps about the links, live: the worst link with the same status and lag the
 * links table shows (both come from {@link LagText}), and how many more share its severity.
 */
public final class HealthSummary {

	private HealthSummary() {
	}

	/** The line for {@code links}; empty text when nothing is monitored. */
	public static String of(List<LinkSnapshot> links) {
		if (links.isEmpty()) {
			return "";
		}
		List<LinkSnapshot> known = links.stream().filter(link -> link.lag().isPresent()).toList();
		if (known.isEmpty()) {
			return "Links: waiting for the first lag poll";
		}
		Severity worst = known.stream().map(link -> link.lag().orElseThrow().severity())
				.filter(severity -> severity != Severity.UNKNOWN).max(Comparator.naturalOrder()).orElse(Severity.OK);
		if (worst == Severity.OK) {
			return known.size() == 1 ? "The link is OK" : "All " + known.size() + " links OK";
		}
		List<LinkSnapshot> flagged = known.stream().filter(link -> link.lag().orElseThrow().severity() == worst)
				.toList();
		LinkSnapshot first = flagged.get(0);
		String more = flagged.size() > 1 ? " (+" + (flagged.size() - 1) + " more)" : "";
		return worst + ": " + first.link().name() + " — " + LinkColumns.STATUS.text(first) + ", lag "
				+ LinkColumns.LAG_SECONDS.text(first) + " s" + more;
	}
}
