package org.syncscope.ui.dashboard;

import java.util.List;
import java.util.stream.Collectors;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import jakarta.inject.Inject;

import org.eclipse.e4.ui.di.Focus;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.jface.layout.TableColumnLayout;
import org.eclipse.jface.viewers.ArrayContentProvider;
import org.eclipse.jface.viewers.ColumnLabelProvider;
import org.eclipse.jface.viewers.ColumnWeightData;
import org.eclipse.jface.viewers.TableViewer;
import org.eclipse.jface.viewers.TableViewerColumn;
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Color;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Label;
import org.syncscope.kafka.monitor.LinkSnapshot;
import org.syncscope.kafka.monitor.MonitoringService;
import org.syncscope.kafka.monitor.MonitoringSnapshot;

/**
 * What an operator watches all day: each cluster's health and, per sync link, status, lag in events and
 * seconds, trend, throughput and conflicts. It only draws the monitoring service's latest prepared snapshot,
 * once per refresh interval on a UI timer; sampling happens on the service's threads.
 */
public class DashboardPart {

	private static final int REFRESH_MILLIS = 1_000;

	private final MonitoringService monitoring;
	private Label clusters;
	private TableViewer links;
	private Display display;
	private final Runnable refresh = this::refresh;

	@Inject
	public DashboardPart(MonitoringService monitoring) {
		this.monitoring = monitoring;
	}

	@PostConstruct
	public void createControls(Composite parent) {
		display = parent.getDisplay();
		GridLayoutFactory.fillDefaults().margins(6, 6).applyTo(parent);
		clusters = new Label(parent, SWT.WRAP);
		GridDataFactory.fillDefaults().grab(true, false).applyTo(clusters);

		Composite tableHolder = new Composite(parent, SWT.NONE);
		GridDataFactory.fillDefaults().grab(true, true).applyTo(tableHolder);
		TableColumnLayout layout = new TableColumnLayout();
		tableHolder.setLayout(layout);
		links = new TableViewer(tableHolder, SWT.FULL_SELECTION | SWT.BORDER | SWT.V_SCROLL);
		links.getTable().setHeaderVisible(true);
		links.getTable().setLinesVisible(true);
		for (LinkColumns column : LinkColumns.values()) {
			TableViewerColumn viewerColumn = new TableViewerColumn(links, column == LinkColumns.LINK ? SWT.LEFT : SWT.RIGHT);
			viewerColumn.getColumn().setText(column.title());
			viewerColumn.setLabelProvider(new LinkLabelProvider(column));
			layout.setColumnData(viewerColumn.getColumn(), new ColumnWeightData(column.weight(), 50));
		}
		links.setContentProvider(ArrayContentProvider.getInstance());
		refresh();
	}

	private void refresh() {
		if (links.getControl().isDisposed()) {
			return;
		}
		MonitoringSnapshot snapshot = monitoring.latest();
		clusters.setText(snapshot.clusters().isEmpty() ? "Nothing monitored yet."
				: snapshot.clusters().stream().map(c -> c.name() + " (" + c.bootstrapServers() + "): " + c.status()
						+ c.lastError().map(error -> " — " + error).orElse("")).collect(Collectors.joining("\n")));
		List<LinkSnapshot> rows = snapshot.links();
		links.setInput(rows);
		clusters.getParent().layout();
		display.timerExec(REFRESH_MILLIS, refresh);
	}

	@Focus
	public void setFocus() {
		links.getControl().setFocus();
	}

	@PreDestroy
	public void dispose() {
		if (display != null && !display.isDisposed()) {
			display.timerExec(-1, refresh);
		}
	}

	/** Shows one column, with the status cell coloured by severity. */
	private static final class LinkLabelProvider extends ColumnLabelProvider {
		private final LinkColumns column;

		LinkLabelProvider(LinkColumns column) {
			this.column = column;
		}

		@Override
		public String getText(Object element) {
			return column.text((LinkSnapshot) element);
		}

		@Override
		public Color getBackground(Object element) {
			if (column != LinkColumns.STATUS) {
				return null;
			}
			return ((LinkSnapshot) element).lag().map(lag -> StatusColors.of(lag.status().severity())).orElse(null);
		}
	}
}
