package org.syncscope.ui.dashboard;

import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.syncscope.connect.monitor.ConnectText;
import org.syncscope.connect.monitor.LinkConnectState;
import org.syncscope.core.lag.LagText;
import org.syncscope.core.lag.Severity;
import org.syncscope.kafka.monitor.LinkSnapshot;

/**
 * The one line the status bar keeps about the links, live: the worst link with the same status and lag the
 * links table shows (both come from {@link LagText}), and how many more share its severity; a link whose
 * connectors are in a worse state than any lag (Connect DOWN, a task FAILED, a sink PAUSED) is named first,
 * with their state as the connectors column shows it.
 */
public final class HealthSummary {

	private HealthSummary() {
	}

	/** The line for {@code links} and the states of their connectors; empty text when nothing is monitored. */
	public static String of(List<LinkSnapshot> links, Map<String, LinkConnectState> connectors) {
		if (links.isEmpty()) {
			return "";
		}
		Optional<LinkSnapshot> worstConnected = links.stream().filter(link -> connectors.containsKey(link.link().id()))
				.min(Comparator.comparing(link -> connectors.get(link.link().id()).health()));
		if (worstConnected.isPresent()) {
			LinkConnectState state = connectors.get(worstConnected.get().link().id());
			Severity severity = state.health().severity();
			if (severity != Severity.OK && severity.compareTo(worstLag(links)) > 0) {
				return severity + ": " + worstConnected.get().link().name() + " — " + ConnectText.cell(state);
			}
		}
		return ofLag(links);
	}

	private static Severity worstLag(List<LinkSnapshot> links) {
		return links.stream().flatMap(link -> link.lag().stream()).map(lag -> lag.severity())
				.filter(severity -> severity != Severity.UNKNOWN).max(Comparator.naturalOrder()).orElse(Severity.OK);
	}

	private static String ofLag(List<LinkSnapshot> links) {
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
