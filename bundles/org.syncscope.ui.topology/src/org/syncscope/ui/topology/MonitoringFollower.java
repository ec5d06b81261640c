package org.syncscope.ui.topology;

import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.Supplier;

import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.jobs.Job;
import org.syncscope.connect.monitor.ConnectClusterSpec;
import org.syncscope.connect.monitor.ConnectMonitor;
import org.syncscope.connect.monitor.ConnectSpecs;
import org.syncscope.connect.monitor.Logins;
import org.syncscope.connect.monitor.Logins.LoginException;
import org.syncscope.kafka.monitor.ClusterSpec;
import org.syncscope.kafka.monitor.CredentialException;
import org.syncscope.kafka.monitor.MonitorSettings;
import org.syncscope.kafka.monitor.MonitoringService;
import org.syncscope.kafka.monitor.SecureStorageCredentials;
import org.syncscope.kafka.monitor.TopologySpecs;
import org.syncscope.topology.Topology;

/**
 * Keeps monitoring on the topology that is open: when another topology is opened, its clusters and links (and
 * the Kafka Connect clusters of its CDC links) are read on the UI thread (the model belongs to it) and
 * monitoring is restarted with them in a background job, from the end of the change logs. A topology already
 * monitored as it is (the demo's) is left running; one whose credentials changed is monitored again with
 * them; one whose credentials are missing is not monitored at all (monitoring stops).
 */
final class MonitoringFollower {

	private final MonitoringService monitoring;
	private final ConnectMonitor connectMonitor;
	private final Supplier<SecureStorageCredentials> credentials;
	private final Consumer<String> status;
	private List<ClusterSpec> followed = List.of();
	private List<ConnectClusterSpec> followedConnect = List.of();

	MonitoringFollower(MonitoringService monitoring, ConnectMonitor connectMonitor,
			Supplier<SecureStorageCredentials> credentials, Consumer<String> status) {
		this.monitoring = monitoring;
		this.connectMonitor = connectMonitor;
		this.credentials = credentials;
		this.status = status;
	}

	void follow(Topology topology) {
		List<ClusterSpec> clusters;
		List<ConnectClusterSpec> connectClusters;
		try {
			clusters = TopologySpecs.of(topology, credentials.get());
			connectClusters = ConnectSpecs.of(topology, this::login);
		} catch (CredentialException | LoginException e) {
			// what was monitored before (another topology, or this one with the old secret) must not go on
			followed = List.of();
			followedConnect = List.of();
			Job.create("Stop monitoring", monitor -> {
				monitoring.stop();
				connectMonitor.stop();
				status.accept("Not monitoring " + topology.getName() + ": " + e.getMessage());
				return Status.OK_STATUS;
			}).schedule();
			return;
		}
		boolean sameClusters = clusters.equals(followed)
				|| (monitoring.isRunning() && clusters.equals(monitoring.monitored()));
		boolean sameConnect = connectClusters.equals(followedConnect) || connectClusters.equals(connectMonitor.watched());
		if (sameClusters && sameConnect) {
			return;
		}
		followed = clusters;
		followedConnect = connectClusters;
		Job.create("Monitoring " + topology.getName(), monitor -> {
			if (!sameClusters) {
				monitoring.start(clusters, MonitorSettings.defaults());
			}
			if (!sameConnect) {
				connectMonitor.start(connectClusters);
			}
			status.accept("Monitoring " + clusters.size() + " cluster(s), "
					+ clusters.stream().mapToInt(c -> c.links().size()).sum() + " link(s) of " + topology.getName());
			return Status.OK_STATUS;
		}).schedule();
	}

	/** The user name and password stored under a Connect cluster's or a database's credentials key. */
	private Optional<Logins.Login> login(String key) throws LoginException {
		try {
			SecureStorageCredentials.Login login = credentials.get().login(key);
			return Optional.of(new Logins.Login(login.username(), login.password()));
		} catch (CredentialException e) {
			throw new LoginException(e.getMessage(), e);
		}
	}
}
