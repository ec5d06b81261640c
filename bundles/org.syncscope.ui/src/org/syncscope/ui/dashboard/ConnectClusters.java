package org.syncscope.ui.dashboard;

import java.util.Collection;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

import org.syncscope.connect.monitor.LinkConnectState;

/** The dashboard's health lines for the Kafka Connect clusters: UP, or DOWN with the cause. */
final class ConnectClusters {

	private ConnectClusters() {
	}

	/** One line per Connect cluster the states come from, each after a line break; empty without any. */
	static String lines(Collection<LinkConnectState> states) {
		Map<String, Optional<String>> clusters = new TreeMap<>();
		for (LinkConnectState state : states) {
			clusters.merge(state.connectCluster(), state.unreachable(),
					(known, other) -> known.isPresent() ? known : other);
		}
		StringBuilder lines = new StringBuilder();
		clusters.forEach((name, unreachable) -> lines.append("\nKafka Connect ").append(name).append(": ")
				.append(unreachable.map(cause -> "DOWN — " + cause).orElse("UP")));
		return lines.toString();
	}
}
