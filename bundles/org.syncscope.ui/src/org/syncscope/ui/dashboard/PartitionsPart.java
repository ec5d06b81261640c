package org.syncscope.ui.dashboard;

import java.util.List;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import org.eclipse.e4.core.di.annotations.Optional;
import org.eclipse.e4.ui.di.Focus;
import org.eclipse.e4.ui.services.IServiceConstants;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.jface.layout.TableColumnLayout;
import org.eclipse.jface.viewers.ArrayContentProvider;
import org.eclipse.jface.viewers.ColumnLabelProvider;
import org.eclipse.jface.viewers.ColumnViewerToolTipSupport;
import org.eclipse.jface.viewers.ColumnWeightData;
import org.eclipse.jface.viewers.TableViewer;
import org.eclipse.jface.viewers.TableViewerColumn;
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Color;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Label;
import org.syncscope.core.lag.LagText;
import org.syncscope.core.lag.LinkLag;
import org.syncscope.core.lag.PartitionLag;
import org.syncscope.kafka.monitor.LinkSnapshot;
import org.syncscope.kafka.monitor.MonitoringService;
import org.syncscope.ui.preferences.DashboardPreferences;
import org.syncscope.ui.parts.EmptyTableMessage;

/**
 * A link's partitions, one row each: committed offset, log end, lag in events and seconds, status and the
 * rule that decided it, and when the committed offset was first seen. It follows the link selected in the
 * dashboard's links table and refreshes with the dashboard, from the monitoring service's latest snapshot.
 */
public class PartitionsPart {

	private final MonitoringService monitoring;
	private final Runnable tick = this::refresh;
	private Display display;
	private Label title;
	private TableViewer viewer;
	private String linkId;

	@Inject
	public PartitionsPart(MonitoringService monitoring) {
		this.monitoring = monitoring;
	}

	@PostConstruct
	public void createControls(Composite parent) {
		display = parent.getDisplay();
		GridLayoutFactory.fillDefaults().margins(6, 4).applyTo(parent);
		title = new Label(parent, SWT.WRAP);
		GridDataFactory.fillDefaults().grab(true, false).applyTo(title);
		Composite holder = new Composite(parent, SWT.NONE);
		GridDataFactory.fillDefaults().grab(true, true).applyTo(holder);
		TableColumnLayout layout = new TableColumnLayout();
		holder.setLayout(layout);
		viewer = new TableViewer(holder, SWT.FULL_SELECTION | SWT.BORDER | SWT.V_SCROLL);
		EmptyTableMessage.install(viewer.getTable(), "Select a link on the dashboard to see its partitions: each"
				+ " one's committed offset, log end, lag and last commit.");
		viewer.getTable().setHeaderVisible(true);
		viewer.getTable().setLinesVisible(true);
		for (PartitionColumns column : PartitionColumns.values()) {
			TableViewerColumn viewerColumn = new TableViewerColumn(viewer,
					column == PartitionColumns.RULE ? SWT.LEFT : SWT.RIGHT);
			viewerColumn.getColumn().setText(column.title());
			viewerColumn.setLabelProvider(new PartitionLabelProvider(column));
			layout.setColumnData(viewerColumn.getColumn(), new ColumnWeightData(column.weight(), 50));
		}
		ColumnViewerToolTipSupport.enableFor(viewer);
		viewer.setContentProvider(ArrayContentProvider.getInstance());
		refresh();
	}

	/** Follows the link selected in the dashboard (other selections leave the shown link as it is). */
	@Inject
	@Optional
	void linkSelected(@Named(IServiceConstants.ACTIVE_SELECTION) LinkSnapshot link) {
		if (link != null && !link.link().id().equals(linkId)) {
			linkId = link.link().id();
			if (viewer != null && !viewer.getControl().isDisposed()) {
				display.timerExec(-1, tick);
				refresh();
			}
		}
	}

	/** Shows the partitions of the link with {@code id} (what a selection in the dashboard does). */
	public void showLink(String id) {
		linkId = id;
		display.timerExec(-1, tick);
		refresh();
	}

	private void refresh() {
		if (viewer == null || viewer.getControl().isDisposed()) {
			return;
		}
		java.util.Optional<LinkSnapshot> link = linkId == null ? java.util.Optional.empty()
				: monitoring.latest().link(linkId);
		List<PartitionLag> partitions = link.flatMap(LinkSnapshot::lag).map(LinkLag::partitions).orElse(List.of());
		String heading = link.map(shown -> heading(shown, partitions.size()))
				.orElse("Select a link in the dashboard's links table to see its partitions.");
		if (!heading.equals(title.getText())) {
			title.setText(heading);
			title.getParent().layout();
		}
		viewer.setInput(partitions);
		display.timerExec(DashboardPreferences.refreshMillis(), tick);
	}

	private static String heading(LinkSnapshot link, int partitions) {
		String status = link.lag().map(lag -> LagText.status(lag, link.link().lagSettings())).orElse(LagText.UNKNOWN);
		return link.link().name() + " (" + link.link().topic() + ", group " + link.link().applierGroup() + "): "
				+ status + (partitions == 0 ? ", no partition figures yet" : ", " + partitions + " partitions");
	}

	/** The rows shown now (to check what an operator sees). */
	public List<PartitionLag> shown() {
		@SuppressWarnings("unchecked")
		List<PartitionLag> input = (List<PartitionLag>) viewer.getInput();
		return input == null ? List.of() : input;
	}

	/** The text of a cell of the table as shown (UI thread). */
	public String cellText(int row, int column) {
		return viewer.getTable().getItem(row).getText(column);
	}

	@Focus
	public void setFocus() {
		viewer.getControl().setFocus();
	}

	@PreDestroy
	public void dispose() {
		if (display != null && !display.isDisposed()) {
			display.timerExec(-1, tick);
		}
	}

	private static final class PartitionLabelProvider extends ColumnLabelProvider {
		private final PartitionColumns column;

		PartitionLabelProvider(PartitionColumns column) {
			this.column = column;
		}

		@Override
		public String getText(Object element) {
			return column.text((PartitionLag) element);
		}

		@Override
		public String getToolTipText(Object element) {
			return column.tooltip((PartitionLag) element);
		}

		@Override
		public Color getBackground(Object element) {
			return column == PartitionColumns.STATUS ? StatusColors.of(((PartitionLag) element).status().severity())
					: null;
		}
	}
}
