package org.syncscope.ui.demo;

import java.nio.file.Path;
import java.util.List;

import jakarta.inject.Inject;

import org.eclipse.core.runtime.ILog;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.Platform;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.SubMonitor;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.e4.core.services.events.IEventBroker;
import org.syncscope.kafka.monitor.ClusterSpec;
import org.syncscope.kafka.monitor.CredentialResolver;
import org.syncscope.kafka.monitor.MonitorSettings;
import org.syncscope.kafka.monitor.MonitoringService;
import org.syncscope.kafka.monitor.TopologySpecs;
import org.syncscope.simulator.SimulatorSettings;
import org.syncscope.simulator.demo.DemoEnvironment;
import org.syncscope.topology.Topology;
import org.syncscope.topology.resource.TopologyResources;
import org.syncscope.ui.status.StatusLine;

/**
 * Runs the embedded demo: in a background job with progress, a local KRaft broker under the workspace, the
 * simulator, the demo topology and monitoring of it; {@link #stop()} ends them in reverse order. One per
 * workbench, in the application context (see {@link DemoAddon}).
 */
public class DemoController {

	/** Event topic sent with the demo topology's {@link Path} once it is monitored. */
	public static final String TOPIC_DEMO_STARTED = "org/syncscope/ui/demo/started";

	private final MonitoringService monitoring;
	private final IEventBroker events;
	private volatile DemoEnvironment demo;
	private Job startJob;

	@Inject
	public DemoController(MonitoringService monitoring, IEventBroker events) {
		this.monitoring = monitoring;
		this.events = events;
	}

	/** Starts the demo in a background job, unless it was started already. */
	public synchronized void start() {
		if (startJob != null) {
			return;
		}
		events.post(StatusLine.TOPIC_MESSAGE, "Starting the demo: local Kafka broker and simulated replicas…");
		startJob = Job.create("Starting the SyncScope demo", monitor -> {
			SubMonitor progress = SubMonitor.convert(monitor, "Starting the SyncScope demo", 3);
			try {
				progress.subTask("Starting a local Kafka broker");
				DemoEnvironment started = DemoEnvironment.start(demoFolder(), DemoPaths.brokerLib(),
						SimulatorSettings.DEMO);
				started.beforeStopAtExit(monitoring::stop);
				demo = started;
				progress.worked(2);
				progress.subTask("Monitoring the demo topology");
				Topology topology = TopologyResources.load(TopologyResources.newResourceSet(), started.topologyFile());
				List<ClusterSpec> clusters = TopologySpecs.of(topology, CredentialResolver.NONE);
				monitoring.start(clusters, MonitorSettings.defaults().fromBeginning());
				progress.worked(1);
				events.post(StatusLine.TOPIC_MESSAGE, "Demo running: Kafka at " + started.bootstrapServers() + ", "
						+ SimulatorSettings.DEMO.regions().size() + " replicas writing, "
						+ clusters.get(0).links().size() + " links monitored");
				events.post(TOPIC_DEMO_STARTED, started.topologyFile());
				return Status.OK_STATUS;
			} catch (Exception e) {
				events.post(StatusLine.TOPIC_MESSAGE, "The demo could not start: " + e.getMessage());
				return Status.error("The SyncScope demo could not start: " + e.getMessage(), e);
			}
		});
		startJob.setSystem(false);
		startJob.schedule();
	}

	private static Path demoFolder() {
		return Path.of(Platform.getInstanceLocation().getURL().getPath()).resolve("demo");
	}

	/** Whether {@link #start()} was called. */
	public synchronized boolean isStarted() {
		return startJob != null;
	}

	/** Stops monitoring, the simulator and the broker; waits for a start in progress first. */
	public void stop() {
		if (startJob != null) {
			startJob.cancel();
			try {
				startJob.join(30_000, null);
			} catch (InterruptedException e) {
				Thread.currentThread().interrupt();
			}
		}
		monitoring.stop();
		DemoEnvironment running = demo;
		if (running != null) {
			running.close();
			ILog.of(DemoController.class).log(Status.info("The demo's simulator and broker stopped"));
		}
	}

	/** Whether the demo's broker, simulator and monitoring are running. */
	public boolean isRunning() {
		return demo != null && startJob != null && startJob.getResult() != null
				&& startJob.getResult().getSeverity() == IStatus.OK;
	}
}
