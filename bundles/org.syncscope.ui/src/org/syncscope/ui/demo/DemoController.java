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
import org.syncscope.connect.monitor.ConnectMonitor;
import org.syncscope.connect.monitor.ConnectSpecs;
import org.syncscope.connect.monitor.Logins;
import org.syncscope.kafka.monitor.ClusterSpec;
import org.syncscope.kafka.monitor.CredentialResolver;
import org.syncscope.kafka.monitor.MonitorSettings;
import org.syncscope.kafka.monitor.MonitoringService;
import org.syncscope.kafka.monitor.TopologySpecs;
import org.syncscope.simulator.SimulatorSettings;
import org.syncscope.simulator.cdc.CdcDemoEnvironment;
import org.syncscope.simulator.demo.DemoEnvironment;
import org.syncscope.topology.Topology;
import org.syncscope.topology.resource.TopologyResources;
import org.syncscope.ui.status.StatusLine;

/**
 * Runs a demo ({@link DemoKind}): in a background job with progress, everything it needs under the
 * workspace, then monitoring of its topology (and, for the CDC pipeline, of its connectors); {@link #stop()}
 * ends them in reverse order, after which another demo can start. One per workbench, in the application
 * context (see {@link DemoAddon}).
 */
public class DemoController {

	/** Event topic sent with the demo topology's {@link Path} once it is monitored. */
	public static final String TOPIC_DEMO_STARTED = "org/syncscope/ui/demo/started";

	private final MonitoringService monitoring;
	private final ConnectMonitor connectMonitor;
	private final IEventBroker events;
	private volatile AutoCloseable demo;
	private Job startJob;

	@Inject
	public DemoController(MonitoringService monitoring, ConnectMonitor connectMonitor, IEventBroker events) {
		this.monitoring = monitoring;
		this.connectMonitor = connectMonitor;
		this.events = events;
	}

	/** Starts the simulated demo. */
	public void start() {
		start(DemoKind.SIMULATED);
	}

	/** Starts the {@code kind} demo in a background job, unless a demo was started already. */
	public synchronized void start(DemoKind kind) {
		if (startJob != null) {
			return;
		}
		events.post(StatusLine.TOPIC_MESSAGE, "Starting the demo: " + kind.description() + "…");
		startJob = Job.create("Starting the SyncScope demo (" + kind.description() + ")", monitor -> {
			SubMonitor progress = SubMonitor.convert(monitor, "Starting the SyncScope demo", 10);
			try {
				Path topologyFile = kind == DemoKind.CDC ? startCdc(progress) : startSimulated(progress);
				progress.subTask("Monitoring the demo topology");
				Topology topology = TopologyResources.load(TopologyResources.newResourceSet(), topologyFile);
				List<ClusterSpec> clusters = TopologySpecs.of(topology, CredentialResolver.NONE);
				monitoring.start(clusters, MonitorSettings.defaults().fromBeginning());
				connectMonitor.start(ConnectSpecs.of(topology, Logins.NONE));
				progress.worked(1);
				events.post(StatusLine.TOPIC_MESSAGE, "Demo running (" + kind.description() + "): "
						+ clusters.stream().mapToInt(cluster -> cluster.links().size()).sum() + " links monitored");
				events.post(TOPIC_DEMO_STARTED, topologyFile);
				return Status.OK_STATUS;
			} catch (Exception e) {
				events.post(StatusLine.TOPIC_MESSAGE, "The demo could not start: " + e.getMessage());
				return Status.error("The SyncScope demo could not start: " + e.getMessage(), e);
			}
		});
		startJob.setSystem(false);
		startJob.schedule();
	}

	private Path startSimulated(SubMonitor progress) throws Exception {
		progress.subTask("Starting a local Kafka broker and the simulated replicas");
		DemoEnvironment started = DemoEnvironment.start(demoFolder("demo"), DemoPaths.brokerLib(),
				SimulatorSettings.DEMO);
		started.beforeStopAtExit(monitoring::stop);
		demo = started;
		progress.worked(9);
		return started.topologyFile();
	}

	private Path startCdc(SubMonitor progress) throws Exception {
		CdcDemoEnvironment started = CdcDemoEnvironment.start(demoFolder("demo-cdc"), DemoPaths.brokerLib(),
				DemoPaths.connectLib(), DemoPaths.connectPlugins(), step -> {
					progress.subTask(step);
					progress.worked(1);
				});
		started.beforeStopAtExit(() -> {
			connectMonitor.stop();
			monitoring.stop();
		});
		demo = started;
		progress.setWorkRemaining(1);
		return started.topologyFile();
	}

	private static Path demoFolder(String name) {
		return Path.of(Platform.getInstanceLocation().getURL().getPath()).resolve(name);
	}

	/** Whether a demo was started (and not stopped since). */
	public synchronized boolean isStarted() {
		return startJob != null;
	}

	/** Stops monitoring and the demo's parts; waits for a start in progress first. Another demo can start then. */
	public void stop() {
		Job starting;
		synchronized (this) {
			starting = startJob;
		}
		if (starting != null) {
			starting.cancel();
			try {
				starting.join(30_000, null);
			} catch (InterruptedException e) {
				Thread.currentThread().interrupt();
			}
		}
		connectMonitor.stop();
		monitoring.stop();
		AutoCloseable running = demo;
		demo = null;
		if (running != null) {
			try {
				running.close();
			} catch (Exception e) {
				ILog.of(DemoController.class).log(Status.warning("Stopping the demo: " + e.getMessage(), e));
			}
			ILog.of(DemoController.class).log(Status.info("The demo stopped"));
		}
		synchronized (this) {
			startJob = null;
		}
	}

	/** Whether a demo's parts and monitoring are running. */
	public boolean isRunning() {
		Job started = startJob;
		return demo != null && started != null && started.getResult() != null
				&& started.getResult().getSeverity() == IStatus.OK;
	}
}
