package org.syncscope.ui.dashboard;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import jakarta.inject.Inject;

import org.eclipse.core.runtime.ILog;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.e4.core.services.events.IEventBroker;
import org.eclipse.e4.ui.di.Focus;
import org.eclipse.e4.ui.services.EMenuService;
import org.eclipse.e4.ui.workbench.modeling.EPartService;
import org.eclipse.e4.ui.workbench.modeling.ESelectionService;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.SashForm;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Label;
import org.jfree.chart.JFreeChart;
import org.jfree.data.Range;
import org.syncscope.connect.monitor.ConnectHealth;
import org.syncscope.connect.monitor.ConnectMonitor;
import org.syncscope.connect.monitor.ConnectText;
import org.syncscope.connect.monitor.LinkConnectState;
import org.syncscope.core.lag.Severity;
import org.syncscope.kafka.monitor.ClusterHealth;
import org.syncscope.kafka.monitor.ClusterStatus;
import org.syncscope.kafka.monitor.LinkSnapshot;
import org.syncscope.kafka.monitor.LinkSpec;
import org.syncscope.kafka.monitor.MonitoringService;
import org.syncscope.kafka.monitor.MonitoringSnapshot;
import org.syncscope.store.history.MetricHistory;
import org.syncscope.ui.preferences.DashboardPreferences;
import org.syncscope.ui.status.StatusLine;

/**
 * What an operator watches all day: each cluster's health, the links table, and live charts of lag,
 * throughput and conflicts for the whole topology or the selected link, over a chosen window of the stored
 * history. The part only draws prepared data: the table shows the monitoring service's latest snapshot and
 * the charts' data is read from the store in a background job, at the interval set in the preferences;
 * pausing stops drawing, not collecting.
 */
public class DashboardPart {

	/**
	 * Id of the links table's context menu: other bundles contribute items to it with a model fragment
	 * (a {@code PopupMenu} with this id in the menus of part {@code org.syncscope.ui.part.dashboard}); the
	 * selection is the selected row's {@link LinkSnapshot}.
	 */
	public static final String LINKS_MENU = "org.syncscope.ui.popup.dashboard.links";

	/** Id of the part listing the selected link's partitions, which a double-click on a row brings up. */
	public static final String PARTITIONS_PART = "org.syncscope.ui.part.partitions";

	/** Event topic sent with a link's id when the operator asks to see the link in the topology editor. */
	public static final String TOPIC_REVEAL_LINK = "org/syncscope/ui/dashboard/revealLink";

	private final MonitoringService monitoring;
	private final ConnectMonitor connectMonitor;
	private final IEventBroker events;
	private final Map<String, Severity> severities = new HashMap<>();
	private String healthShown = "";
	private final Map<String, ClusterStatus> clusterStatuses = new HashMap<>();
	private final Map<String, ConnectHealth> connectHealths = new HashMap<>();
	private final Runnable tick = this::refresh;
	private Display display;
	private Label clusters;
	private LinksTable links;
	private ChartToolbar toolbar;
	private DashboardCharts charts;
	private MetricHistory history;
	private volatile ChartData shown;
	private boolean paused;
	private Job chartJob;
	private final ChartReads reads = new ChartReads();
	@Inject
	private EMenuService menus;
	@Inject
	private ESelectionService selectionService;
	@Inject
	private EPartService partService;

	@Inject
	public DashboardPart(MonitoringService monitoring, ConnectMonitor connectMonitor, IEventBroker events) {
		this.monitoring = monitoring;
		this.connectMonitor = connectMonitor;
		this.events = events;
	}

	@PostConstruct
	public void createControls(Composite parent) {
		display = parent.getDisplay();
		parent.setLayout(new org.eclipse.swt.layout.FillLayout());
		SashForm sash = new SashForm(parent, SWT.VERTICAL);
		Composite top = new Composite(sash, SWT.NONE);
		GridLayoutFactory.fillDefaults().margins(6, 6).applyTo(top);
		clusters = new Label(top, SWT.WRAP);
		GridDataFactory.fillDefaults().grab(true, false).applyTo(clusters);
		links = new LinksTable(top);
		links.viewer().addSelectionChangedListener(event -> {
			selectionService.setSelection(((IStructuredSelection) event.getSelection()).getFirstElement());
			refreshCharts();
		});
		menus.registerContextMenu(links.viewer().getControl(), LINKS_MENU);
		links.viewer().addDoubleClickListener(event -> {
			Object element = ((IStructuredSelection) event.getSelection()).getFirstElement();
			if (element instanceof LinkSnapshot link) {
				partService.showPart(PARTITIONS_PART, EPartService.PartState.VISIBLE);
				events.post(TOPIC_REVEAL_LINK, link.link().id());
			}
		});

		Composite bottom = new Composite(sash, SWT.NONE);
		GridLayoutFactory.fillDefaults().margins(6, 0).applyTo(bottom);
		toolbar = new ChartToolbar(bottom, () -> {
			charts.followWindow();
			refreshCharts();
		}, this::refreshCharts, this::exportTo);
		charts = new DashboardCharts(bottom, this::refreshCharts);
		sash.setWeights(45, 55);
		refresh();
	}

	@Inject
	@org.eclipse.e4.core.di.annotations.Optional
	void setHistory(MetricHistory history) {
		this.history = history;
	}

	private void refresh() {
		if (clusters == null || clusters.isDisposed()) {
			return;
		}
		MonitoringSnapshot snapshot = monitoring.latest();
		Map<String, LinkConnectState> connectors = connectMonitor.latest();
		String health = snapshot.clusters().isEmpty() ? "Nothing monitored yet: open a topology or File > Start Demo."
				: snapshot.clusters().stream().map(c -> c.name() + " (" + c.bootstrapServers() + "): " + c.status()
						+ c.lastError().map(error -> " — " + error).orElse("")).collect(Collectors.joining("\n"))
						+ ConnectClusters.lines(connectors.values());
		logOutages(snapshot);
		logConnectorChanges(snapshot, connectors);
		if (!health.equals(clusters.getText())) { // a layout only when the line changed
			clusters.setText(health);
			clusters.getParent().layout();
		}
		links.show(snapshot.links(), connectors);
		notifyCriticalCrossings(snapshot, connectors);
		if (!toolbar.isPaused()) {
			refreshCharts();
		}
		display.timerExec(DashboardPreferences.refreshMillis(), tick);
	}

	/** Logs each cluster going DOWN (with the cause) and coming back UP, for the Log part. */
	private void logOutages(MonitoringSnapshot snapshot) {
		for (ClusterHealth cluster : snapshot.clusters()) {
			ClusterStatus before = clusterStatuses.put(cluster.clusterId(), cluster.status());
			if (cluster.status() == ClusterStatus.DOWN && before != ClusterStatus.DOWN) {
				ILog.of(DashboardPart.class).error("Cluster " + cluster.name() + " (" + cluster.bootstrapServers()
						+ ") is DOWN: " + cluster.lastError().orElse("no answer"));
			} else if (before == ClusterStatus.DOWN && cluster.status() != ClusterStatus.DOWN) {
				ILog.of(DashboardPart.class).info("Cluster " + cluster.name() + " (" + cluster.bootstrapServers()
						+ ") is " + cluster.status() + " again");
			}
		}
	}

	/** Logs each link whose connectors fail or become unreachable (with the cause), and their return. */
	private void logConnectorChanges(MonitoringSnapshot snapshot, Map<String, LinkConnectState> connectors) {
		for (LinkSnapshot link : snapshot.links()) {
			LinkConnectState state = connectors.get(link.link().id());
			if (state == null) {
				continue;
			}
			ConnectHealth before = connectHealths.put(link.link().id(), state.health());
			boolean bad = state.health() == ConnectHealth.DOWN || state.health() == ConnectHealth.FAILED;
			if (bad && before != state.health()) {
				ILog.of(DashboardPart.class).error("Connectors of " + link.link().name() + ": "
						+ ConnectText.details(state));
			} else if (state.health() == ConnectHealth.RUNNING && before != null && before != ConnectHealth.RUNNING) {
				ILog.of(DashboardPart.class).info("Connectors of " + link.link().name() + " are RUNNING again");
			}
		}
	}

	/**
	 * Keeps the status line's health summary as the table shows it, and logs every link that has just
	 * crossed into critical lag (the Log part lists it with its time).
	 */
	private void notifyCriticalCrossings(MonitoringSnapshot snapshot, Map<String, LinkConnectState> connectors) {
		String summary = HealthSummary.of(snapshot.links(), connectors);
		if (!summary.equals(healthShown)) {
			healthShown = summary;
			events.post(StatusLine.TOPIC_HEALTH, summary);
		}
		for (LinkSnapshot link : snapshot.links()) {
			Severity now = link.lag().map(lag -> lag.severity()).orElse(Severity.UNKNOWN);
			Severity before = severities.put(link.link().id(), now);
			if (now == Severity.CRITICAL && before != Severity.CRITICAL) {
				ILog.of(DashboardPart.class).warn("CRITICAL: " + link.link().name() + " — "
						+ LinkColumns.STATUS.text(link) + ", lag " + LinkColumns.LAG_SECONDS.text(link) + " s");
			}
		}
	}

	/**
	 * Reads the chart data for the window (or the zoomed span) and the shown links in a job, which hands it to the charts' own
	 * render jobs; the UI thread only blits the frames they draw.
	 */
	private void refreshCharts() {
		MetricHistory source = history;
		synchronized (this) {
			paused = toolbar.isPaused();
		}
		if (source == null || paused || (chartJob != null && chartJob.getState() != Job.NONE)) {
			return;
		}
		List<LinkSpec> shownLinks = shownLinks();
		long now = System.currentTimeMillis();
		TimeRange range = charts.zoom().orElseGet(() -> toolbar.range(now));
		int maxPoints = ChartData.pointsPerSeries(charts.plotWidth());
		ChartReads.Request request = new ChartReads.Request(range,
				shownLinks.stream().map(LinkSpec::id).toList(), maxPoints);
		if (!reads.needed(request, now)) {
			return;
		}
		chartJob = Job.create("Reading dashboard history", monitor -> {
			try {
				ChartData data = ChartData.read(source, shownLinks, range, maxPoints, System.currentTimeMillis());
				synchronized (this) {
					if (!paused) {
						shown = data;
						charts.show(data);
						reads.read(request);
					}
				}
				return Status.OK_STATUS;
			} catch (Exception e) {
				return Status.error("Cannot read the dashboard history: " + e.getMessage(), e);
			}
		});
		chartJob.setSystem(true);
		chartJob.schedule();
	}

	/** The selected links, or all monitored links when none is selected. */
	private List<LinkSpec> shownLinks() {
		IStructuredSelection selection = links.viewer().getStructuredSelection();
		List<LinkSpec> specs = new ArrayList<>();
		for (Object element : selection.isEmpty() ? monitoring.latest().links() : selection.toList()) {
			specs.add(((LinkSnapshot) element).link());
		}
		return specs;
	}

	/**
	 * Writes each chart as PNG and the samples behind them as CSV into {@code folder}; returns the files.
	 * Nothing is written before the charts have shown data.
	 */
	public List<Path> exportTo(Path folder) throws IOException {
		ChartData data = shown;
		if (data == null) {
			throw new IOException("The charts have no data yet");
		}
		List<Path> files = new ArrayList<>();
		int index = 1;
		for (JFreeChart chart : charts.charts()) {
			Path png = folder.resolve("syncscope-chart-" + index++ + ".png");
			synchronized (chart) { // its render job may be drawing it
				ChartExport.png(chart, png, 1200, 600);
			}
			files.add(png);
		}
		Path csv = folder.resolve("syncscope-samples.csv");
		ChartExport.csv(data.samplesByLink(), csv);
		files.add(csv);
		return files;
	}

	/** The data the charts show now, if any (to check what is drawn, and what an export writes). */
	public Optional<ChartData> shownData() {
		return Optional.ofNullable(shown);
	}

	/** The four charts, lag in seconds first; their render jobs change them under their locks. */
	public List<JFreeChart> charts() {
		return charts.charts();
	}

	/** The time ranges of the chart frames on screen, one per chart that has drawn (UI thread). */
	public List<Range> drawnTimeRanges() {
		return charts.drawnTimeRanges();
	}

	@Focus
	public void setFocus() {
		links.viewer().getControl().setFocus();
	}

	@PreDestroy
	public void dispose() {
		if (display != null && !display.isDisposed()) {
			display.timerExec(-1, tick);
		}
		if (chartJob != null) {
			chartJob.cancel();
		}
	}
}
