package org.syncscope.ui.store;

import java.nio.file.Path;
import java.util.OptionalLong;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;

import org.eclipse.core.runtime.ILog;
import org.eclipse.core.runtime.Platform;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.e4.core.contexts.IEclipseContext;
import org.eclipse.e4.core.services.events.IEventBroker;
import org.eclipse.e4.ui.di.UISynchronize;
import org.syncscope.connect.monitor.ConnectMonitor;
import org.syncscope.kafka.history.HistoryRecorder;
import org.syncscope.kafka.history.QuarantineRecorder;
import org.syncscope.kafka.monitor.MonitoringService;
import org.syncscope.store.SyncScopeStore;
import org.syncscope.store.history.MetricHistory;
import org.syncscope.store.quarantine.QuarantineStore;
import org.syncscope.ui.status.StatusLine;

/**
 * Opens the workspace's store ({@code .syncscope/store} in the workspace) in a background job at start-up,
 * starts recording monitoring history and quarantined records into it, and then offers {@link SyncScopeStore},
 * {@link MetricHistory} and {@link QuarantineStore} in the application context; closes both when the workbench ends. If the store
 * cannot be opened (for instance it was written by a newer SyncScope) the status line says why and
 * SyncScope runs without history.
 */
public class StoreAddon {

	private volatile SyncScopeStore store;
	private volatile HistoryRecorder recorder;
	private volatile QuarantineRecorder quarantineRecorder;
	private Job openJob;

	@PostConstruct
	void open(IEclipseContext context, MonitoringService monitoring, ConnectMonitor connectMonitor,
			IEventBroker events, UISynchronize sync) {
		Path directory = SyncScopeStore.inWorkspace(Path.of(Platform.getInstanceLocation().getURL().getPath()));
		openJob = Job.create("Opening the SyncScope store", monitor -> {
			try {
				SyncScopeStore opened = SyncScopeStore.open(directory);
				MetricHistory history = new MetricHistory(opened);
				HistoryRecorder started = new HistoryRecorder(monitoring, slotLags(connectMonitor), history,
						error -> ILog.of(StoreAddon.class).error("Cannot record monitoring history", error));
				started.start();
				QuarantineStore quarantine = new QuarantineStore(opened, QuarantineStore.DEFAULT_PER_TOPIC);
				QuarantineRecorder quarantining = new QuarantineRecorder(monitoring, quarantine,
						error -> ILog.of(StoreAddon.class).error("Cannot store quarantined records", error));
				quarantining.start();
				store = opened;
				recorder = started;
				quarantineRecorder = quarantining;
				sync.asyncExec(() -> {
					context.set(SyncScopeStore.class, opened);
					context.set(MetricHistory.class, history);
					context.set(QuarantineStore.class, quarantine);
				});
				return Status.OK_STATUS;
			} catch (Exception e) {
				events.post(StatusLine.TOPIC_MESSAGE, "No history: the store in " + directory + " cannot be opened: "
						+ e.getMessage());
				return Status.error("Cannot open the SyncScope store in " + directory + ": " + e.getMessage(), e);
			}
		});
		openJob.schedule();
	}

	/** The slot lags the Connect monitor read last, for the history. */
	private static HistoryRecorder.SlotLags slotLags(ConnectMonitor connectMonitor) {
		return linkId -> connectMonitor.link(linkId).map(state -> state.sourceSide().slotLagBytes())
				.orElse(OptionalLong.empty());
	}

	@PreDestroy
	void close() {
		try {
			openJob.join(30_000, null);
		} catch (InterruptedException e) {
			Thread.currentThread().interrupt();
		}
		if (recorder != null) {
			recorder.close();
		}
		if (quarantineRecorder != null) {
			quarantineRecorder.close();
		}
		if (store != null) {
			try {
				store.close();
			} catch (Exception e) {
				ILog.of(StoreAddon.class).error("The store did not shut down cleanly", e);
			}
		}
	}
}
