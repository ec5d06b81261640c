package org.syncscope.ui.topology;

import java.util.List;
import java.util.function.Consumer;
import java.util.function.Supplier;

import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.jobs.Job;
import org.syncscope.kafka.monitor.ClusterSpec;
import org.syncscope.kafka.monitor.CredentialException;
import org.syncscope.kafka.monitor.CredentialResolver;
import org.syncscope.kafka.monitor.MonitorSettings;
import org.syncscope.kafka.monitor.MonitoringService;
import org.syncscope.kafka.monitor.TopologySpecs;
import org.syncscope.topology.Topology;

/**
 * Keeps monitoring on the topology that is open: when another topology is opened, its clusters and links are
 * read on the UI thread (the model belongs to it) and monitoring is restarted with them in a background job,
 * from the end of the change logs. A topology already monitored as it is (the demo's) is left running; one
 * whose credentials changed is monitored again with them; one whose credentials are missing is not monitored
 * at all (monitoring stops).
 */
final class MonitoringFollower {

	private final MonitoringService monitoring;
	private final Supplier<? extends CredentialResolver> credentials;
	private final Consumer<String> status;
	private List<ClusterSpec> followed = List.of();

	MonitoringFollower(MonitoringService monitoring, Supplier<? extends CredentialResolver> credentials,
			Consumer<String> status) {
		this.monitoring = monitoring;
		this.credentials = credentials;
		this.status = status;
	}

	void follow(Topology topology) {
		List<ClusterSpec> clusters;
		try {
			clusters = TopologySpecs.of(topology, credentials.get());
		} catch (CredentialException e) {
			// what was monitored before (another topology, or this one with the old secret) must not go on
			followed = List.of();
			Job.create("Stop monitoring", monitor -> {
				monitoring.stop();
				status.accept("Not monitoring " + topology.getName() + ": " + e.getMessage());
				return Status.OK_STATUS;
			}).schedule();
			return;
		}
		if (clusters.equals(followed) || (monitoring.isRunning() && clusters.equals(monitoring.monitored()))) {
			return;
		}
		followed = clusters;
		Job.create("Monitoring " + topology.getName(), monitor -> {
			monitoring.start(clusters, MonitorSettings.defaults());
			status.accept("Monitoring " + clusters.size() + " cluster(s), "
					+ clusters.stream().mapToInt(c -> c.links().size()).sum() + " link(s) of " + topology.getName());
			return Status.OK_STATUS;
		}).schedule();
	}
}
