package org.syncscope.monitor;

import java.io.PrintStream;
import java.time.Duration;
import java.util.Optional;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * The report for scripts: one JSON object per report on one line (so that {@code --every} writes JSON
 * Lines), with durations in seconds and figures that are not known as {@code null}.
 */
public final class JsonReport {

	private static final ObjectMapper JSON = new ObjectMapper();

	private JsonReport() {
	}

	public static void write(MonitorReport report, PrintStream out) {
		ObjectNode root = JSON.createObjectNode();
		root.put("topology", report.topology());
		root.put("takenAt", report.takenAt().toString());
		root.put("verdict", report.verdict().name());
		root.put("exitCode", report.verdict().exitCode());
		ArrayNode clusters = root.putArray("clusters");
		for (ClusterLine cluster : report.clusters()) {
			ObjectNode node = clusters.addObject();
			node.put("id", cluster.id());
			node.put("name", cluster.name());
			node.put("bootstrapServers", cluster.bootstrapServers());
			node.put("status", cluster.statusText());
			node.put("verdict", cluster.verdict().name());
			node.put("error", cluster.error().orElse(null));
			putSeconds(node, "lagPollSeconds", cluster.lastPollRound());
		}
		ArrayNode links = root.putArray("links");
		for (LinkLine link : report.links()) {
			ObjectNode node = links.addObject();
			node.put("id", link.id());
			node.put("name", link.name());
			node.put("cluster", link.cluster());
			node.put("status", link.status());
			node.put("verdict", link.verdict().name());
			if (link.lagEvents().isPresent()) {
				node.put("lagEvents", link.lagEvents().getAsLong());
			} else {
				node.putNull("lagEvents");
			}
			putSeconds(node, "lagSeconds", link.lagTime());
			node.put("lagSecondsEstimated", link.lagEstimated());
			node.put("trend", link.trend().name());
			node.put("eventsPerSecond", link.eventsPerSecond());
			if (link.openConflicts().isPresent()) {
				node.put("openConflicts", link.openConflicts().getAsInt());
			} else {
				node.putNull("openConflicts");
			}
			node.put("quarantined", link.quarantined());
			node.put("explanation", link.explanation());
		}
		out.println(root.toString());
	}

	private static void putSeconds(ObjectNode node, String field, Optional<Duration> duration) {
		if (duration.isPresent()) {
			node.put(field, duration.get().toMillis() / 1000.0);
		} else {
			node.putNull(field);
		}
	}
}
