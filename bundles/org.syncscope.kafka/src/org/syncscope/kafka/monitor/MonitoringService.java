package org.syncscope.kafka.monitor;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;

import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Deactivate;
import org.syncscope.core.conflict.Conflict;
import org.syncscope.core.conflict.ConflictListener;
import org.syncscope.core.event.ChangeEvent;

/**
 * Live monitoring of a topology's clusters and links, offered as an OSGi service to the UI, the store and
 * headless tools. {@link #start} replaces what is monitored; every poll interval a fresh immutable
 * {@link MonitoringSnapshot} is assembled off any UI thread and handed to listeners; {@link #latest()}
 * returns the newest without waiting.
 */
@Component(service = MonitoringService.class)
public final class MonitoringService {

	private final List<Consumer<MonitoringSnapshot>> snapshotListeners = new CopyOnWriteArrayList<>();
	private final List<ConflictListener> conflictListeners = new CopyOnWriteArrayList<>();
	private final List<ConflictCaptureListener> captureListeners = new CopyOnWriteArrayList<>();
	private List<ClusterSpec> clusters = List.of();
	private final List<Consumer<QuarantinedRecord>> quarantineListeners = new CopyOnWriteArrayList<>();
	private final Quarantine quarantine = new Quarantine(1_000,
			record -> quarantineListeners.forEach(listener -> listener.accept(record)));
	private final List<ClusterMonitor> monitors = new ArrayList<>();
	private ScheduledExecutorService snapshots;
	private volatile MonitoringSnapshot latest = MonitoringSnapshot.EMPTY;

	/** Monitors {@code clusters} from now on, replacing whatever was monitored before. */
	public synchronized void start(List<ClusterSpec> clusters, MonitorSettings settings) {
		stop();
		ConflictListener fanOut = new ConflictFanOut();
		ConflictCaptureListener captureFanOut = new CaptureFanOut();
		this.clusters = List.copyOf(clusters);
		for (ClusterSpec cluster : clusters) {
			ClusterMonitor monitor = new ClusterMonitor(cluster, settings, quarantine, fanOut, captureFanOut);
			monitors.add(monitor);
			monitor.start();
		}
		List<ClusterMonitor> running = List.copyOf(monitors);
		snapshots = Executors.newSingleThreadScheduledExecutor(
				Thread.ofPlatform().daemon().name("syncscope-snapshots").factory());
		snapshots.scheduleAtFixedRate(() -> publish(running, settings), settings.pollInterval().toMillis(),
				settings.pollInterval().toMillis(), TimeUnit.MILLISECONDS);
	}

	private void publish(List<ClusterMonitor> running, MonitorSettings settings) {
		List<ClusterHealth> clusters = new ArrayList<>();
		List<LinkSnapshot> links = new ArrayList<>();
		for (ClusterMonitor monitor : running) {
			clusters.add(monitor.health());
			links.addAll(monitor.links());
		}
		MonitoringSnapshot snapshot = new MonitoringSnapshot(settings.clock().instant(), clusters, links);
		latest = snapshot;
		snapshotListeners.forEach(listener -> listener.accept(snapshot));
	}

	/** Stops monitoring; the last snapshot stays readable. */
	@Deactivate
	public synchronized void stop() {
		if (snapshots != null) {
			snapshots.shutdownNow();
			snapshots = null;
		}
		monitors.forEach(ClusterMonitor::close);
		monitors.clear();
	}

	/** What is being monitored (empty when stopped). */
	public synchronized List<ClusterSpec> monitored() {
		return isRunning() ? clusters : List.of();
	}

	/** The clusters (and their links) monitored since the last {@link #start}. */
	public synchronized List<ClusterSpec> clusters() {
		return clusters;
	}

	/** Whether anything is being monitored. */
	public synchronized boolean isRunning() {
		return !monitors.isEmpty();
	}

	/** The newest snapshot (empty before the first interval). */
	public MonitoringSnapshot latest() {
		return latest;
	}

	/** Malformed records seen by the change-log readers. */
	public Quarantine quarantine() {
		return quarantine;
	}

	/** Told of every record the change-log readers quarantine, on a reader thread: return quickly. */
	public void addQuarantineListener(Consumer<QuarantinedRecord> listener) {
		quarantineListeners.add(listener);
	}

	public void removeQuarantineListener(Consumer<QuarantinedRecord> listener) {
		quarantineListeners.remove(listener);
	}

	/** Called with every new snapshot, on the snapshot thread: return quickly. */
	public void addSnapshotListener(Consumer<MonitoringSnapshot> listener) {
		snapshotListeners.add(listener);
	}

	public void removeSnapshotListener(Consumer<MonitoringSnapshot> listener) {
		snapshotListeners.remove(listener);
	}

	/** Told of conflicts as detectors find and close them, on a reader thread: return quickly. */
	public void addConflictListener(ConflictListener listener) {
		conflictListeners.add(listener);
	}

	public void removeConflictListener(ConflictListener listener) {
		conflictListeners.remove(listener);
	}

	/** Told of conflicts with their full events as readers capture and close them: return quickly. */
	public void addCaptureListener(ConflictCaptureListener listener) {
		captureListeners.add(listener);
	}

	public void removeCaptureListener(ConflictCaptureListener listener) {
		captureListeners.remove(listener);
	}

	/** Passes captured conflicts on to whoever listens at the time. */
	private final class CaptureFanOut implements ConflictCaptureListener {
		@Override
		public void captured(CapturedConflict captured) {
			captureListeners.forEach(listener -> listener.captured(captured));
		}

		@Override
		public void closed(LinkSpec link, Conflict conflict, ChangeEvent event) {
			captureListeners.forEach(listener -> listener.closed(link, conflict, event));
		}

		@Override
		public void resolutionSeen(LinkSpec link, ChangeEvent event) {
			captureListeners.forEach(listener -> listener.resolutionSeen(link, event));
		}
	}

	/** Passes detector events on to whoever listens at the time. */
	private final class ConflictFanOut implements ConflictListener {
		@Override
		public void conflictDetected(Conflict conflict) {
			conflictListeners.forEach(listener -> listener.conflictDetected(conflict));
		}

		@Override
		public void pseudoConflictClosed(Conflict conflict) {
			conflictListeners.forEach(listener -> listener.pseudoConflictClosed(conflict));
		}

		@Override
		public void conflictClosed(Conflict conflict, ChangeEvent event) {
			conflictListeners.forEach(listener -> listener.conflictClosed(conflict, event));
		}
	}
}
