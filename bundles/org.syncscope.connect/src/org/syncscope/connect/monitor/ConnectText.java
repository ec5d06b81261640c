package org.syncscope.connect.monitor;

import java.util.ArrayList;
import java.util.List;

import org.syncscope.connect.rest.ConnectState;
import org.syncscope.connect.rest.ConnectorStatus;
import org.syncscope.connect.rest.TaskStatus;

/**
 * The words a link's connector states are shown in: a short cell ("RUNNING", "sink PAUSED", "Connect DOWN")
 * and the full explanation (the cause, each connector's and task's state, a failure's first line and
 * root cause).
 */
public final class ConnectText {

	private ConnectText() {
	}

	/**
	 * The short form for a table cell: {@code RUNNING} when every connector and task runs, else the connectors
	 * that do not ("sink PAUSED", "source FAILED · sink MISSING"), or "Connect DOWN".
	 */
	public static String cell(LinkConnectState state) {
		if (state.unreachable().isPresent()) {
			return "Connect DOWN";
		}
		if (state.reports().isEmpty()) {
			return "no connectors named";
		}
		if (state.health() == ConnectHealth.RUNNING) {
			return ConnectState.RUNNING.name();
		}
		List<String> parts = new ArrayList<>();
		state.source().filter(report -> !running(report)).ifPresent(report -> parts.add("source " + word(report)));
		state.sink().filter(report -> !running(report)).ifPresent(report -> parts.add("sink " + word(report)));
		return String.join(" · ", parts);
	}

	private static boolean running(ConnectorReport report) {
		return report.status().map(ConnectorStatus::isRunning).orElse(false);
	}

	private static String word(ConnectorReport report) {
		return report.status().map(LinkConnectState::shownState).map(ConnectState::name).orElse("MISSING");
	}

	/** The full explanation, one fact per line. */
	public static String details(LinkConnectState state) {
		List<String> lines = new ArrayList<>();
		state.unreachable().ifPresent(cause -> lines.add("Kafka Connect " + state.connectCluster() + " is DOWN: " + cause));
		state.source().ifPresent(report -> describe("Source", report, lines));
		state.sink().ifPresent(report -> describe("Sink", report, lines));
		state.sourceSide().warnings().forEach(warning -> lines.add("Warning: " + warning));
		return String.join("\n", lines);
	}

	private static void describe(String role, ConnectorReport report, List<String> lines) {
		if (report.status().isEmpty()) {
			lines.add(role + " " + report.name() + ": " + report.problem().orElse("unknown"));
			return;
		}
		ConnectorStatus status = report.status().get();
		lines.add(role + " " + report.name() + ": " + status.state() + " on " + status.workerId());
		status.trace().ifPresent(trace -> lines.add(firstLines(trace)));
		for (TaskStatus task : status.tasks()) {
			lines.add("  task " + task.id() + ": " + task.state());
			task.trace().ifPresent(trace -> lines.add(firstLines(trace)));
		}
	}

	/** A trace's first line and its root cause (the last "Caused by:"), which usually says what went wrong. */
	private static String firstLines(String trace) {
		List<String> lines = trace.lines().map(String::strip).toList();
		List<String> shown = new ArrayList<>();
		if (!lines.isEmpty()) {
			shown.add(lines.get(0));
		}
		lines.stream().filter(line -> line.startsWith("Caused by:")).reduce((first, second) -> second)
				.ifPresent(shown::add);
		return String.join("\n", shown.stream().map(line -> "    " + line).toList());
	}
}
