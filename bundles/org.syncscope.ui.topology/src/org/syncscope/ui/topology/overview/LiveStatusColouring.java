package org.syncscope.ui.topology.overview;

import org.eclipse.e4.core.contexts.IEclipseContext;
import org.eclipse.swt.widgets.Display;
import org.syncscope.kafka.monitor.MonitoringService;
import org.syncscope.kafka.monitor.MonitoringSnapshot;

/**
 * Once a second, puts colours made from the monitoring service's latest snapshot into the application
 * context, where the overview picks them up and redraws. Reads only the prepared snapshot: nothing here
 * waits on the network.
 */
public final class LiveStatusColouring {

	private static final int REFRESH_MILLIS = 1_000;

	private final IEclipseContext context;
	private final MonitoringService monitoring;
	private final Display display;
	private final Runnable tick = this::refresh;
	private MonitoringSnapshot shown;

	public LiveStatusColouring(IEclipseContext context, MonitoringService monitoring, Display display) {
		this.context = context;
		this.monitoring = monitoring;
		this.display = display;
	}

	/** Starts refreshing on the UI thread. */
	public void start() {
		display.timerExec(REFRESH_MILLIS, tick);
	}

	private void refresh() {
		if (display.isDisposed()) {
			return;
		}
		MonitoringSnapshot latest = monitoring.latest();
		if (latest != shown && !latest.links().isEmpty()) {
			shown = latest;
			context.set(StatusColors.class, new SnapshotStatusColors(latest));
		}
		display.timerExec(REFRESH_MILLIS, tick);
	}
}
