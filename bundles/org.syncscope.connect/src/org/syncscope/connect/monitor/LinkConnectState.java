package org.syncscope.connect.monitor;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;

import org.syncscope.connect.rest.ConnectState;
import org.syncscope.connect.rest.ConnectorStatus;

/**
 * The connectors of one link as last checked on its Kafka Connect cluster: the cluster unreachable (with the
 * cause), or a report per connector; and what was read in the source database: the lag of the source
 * connector's replication slot (bytes of WAL not yet confirmed) or why it could not be read, and warnings
 * about the carried tables (a replica identity that is not FULL).
 */
public record LinkConnectState(String linkId, String connectCluster, Optional<String> unreachable,
		Optional<ConnectorReport> source, Optional<ConnectorReport> sink, SourceSide sourceSide, Instant checkedAt) {

	/** What was read in the source database: the slot's lag in bytes or why not, and warnings. */
	public record SourceSide(OptionalLong slotLagBytes, Optional<String> problem, List<String> warnings) {

		/** Not read: no source connector or no source database. */
		public static final SourceSide NOT_READ = new SourceSide(OptionalLong.empty(), Optional.empty(), List.of());

		public SourceSide {
			warnings = List.copyOf(warnings);
		}
	}

	/** The worst of the cluster's reachability and both connectors' states. */
	public ConnectHealth health() {
		if (unreachable.isPresent()) {
			return ConnectHealth.DOWN;
		}
		ConnectHealth worst = ConnectHealth.RUNNING;
		for (ConnectorReport report : reports()) {
			ConnectHealth health = health(report);
			if (health.compareTo(worst) < 0) {
				worst = health;
			}
		}
		return worst;
	}

	/** The reports present, source first. */
	public List<ConnectorReport> reports() {
		List<ConnectorReport> reports = new ArrayList<>(2);
		source.ifPresent(reports::add);
		sink.ifPresent(reports::add);
		return reports;
	}

	private static ConnectHealth health(ConnectorReport report) {
		if (report.status().isEmpty()) {
			return ConnectHealth.MISSING;
		}
		ConnectorStatus status = report.status().get();
		if (status.failure().isPresent()) {
			return ConnectHealth.FAILED;
		}
		return status.isRunning() ? ConnectHealth.RUNNING : ConnectHealth.NOT_RUNNING;
	}

	/** The state shown for a connector: its own, or the first task's that differs from RUNNING. */
	public static ConnectState shownState(ConnectorStatus status) {
		if (status.state() != ConnectState.RUNNING) {
			return status.state();
		}
		return status.tasks().stream().map(task -> task.state()).filter(state -> state != ConnectState.RUNNING)
				.findFirst().orElse(status.tasks().isEmpty() ? ConnectState.UNASSIGNED : ConnectState.RUNNING);
	}
}
