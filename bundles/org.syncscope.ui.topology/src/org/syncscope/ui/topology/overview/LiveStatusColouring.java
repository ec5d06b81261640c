package org.syncscope.ui.topology.overview;

import java.util.Map;

import org.eclipse.e4.core.contexts.IEclipseContext;
import org.eclipse.swt.widgets.Display;
import org.syncscope.connect.monitor.ConnectMonitor;
import org.syncscope.connect.monitor.LinkConnectState;
import org.syncscope.kafka.monitor.MonitoringService;
import org.syncscope.kafka.monitor.MonitoringSnapshot;

/**
 * Once a second, puts colours made from the monitoring service's latest snapshot and the Connect monitor's
 * latest connector states into the application context, where the overview picks them up and redraws. Reads
 * only the prepared snapshot and states: nothing here waits on the network.
 */
public final class LiveStatusColouring {

	private static final int REFRESH_MILLIS = 1_000;

	private final IEclipseContext context;
	private final MonitoringService monitoring;
	private final ConnectMonitor connectMonitor;
	private final Display display;
	private final Runnable tick = this::refresh;
	private MonitoringSnapshot shown;
	private Map<String, LinkConnectState> shownConnectors;

	public LiveStatusColouring(IEclipseContext context, MonitoringService monitoring, ConnectMonitor connectMonitor,
			Display display) {
		this.context = context;
		this.monitoring = monitoring;
		this.connectMonitor = connectMonitor;
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
		Map<String, LinkConnectState> connectors = connectMonitor.latest();
		if ((latest != shown || connectors != shownConnectors) && !latest.links().isEmpty()) {
			shown = latest;
			shownConnectors = connectors;
			context.set(StatusColors.class, new SnapshotStatusColors(latest, connectors));
		}
		display.timerExec(REFRESH_MILLIS, tick);
	}
}
