package org.syncscope.ui.dashboard;

import java.util.List;
import java.util.Objects;

import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.TableColumnLayout;
import org.eclipse.jface.viewers.ArrayContentProvider;
import org.eclipse.jface.viewers.ColumnLabelProvider;
import org.eclipse.jface.viewers.ColumnViewerToolTipSupport;
import org.eclipse.jface.viewers.ColumnWeightData;
import org.eclipse.jface.viewers.TableViewer;
import org.eclipse.jface.viewers.TableViewerColumn;
import org.eclipse.jface.viewers.Viewer;
import org.eclipse.jface.viewers.ViewerComparator;
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Color;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.TableColumn;
import org.syncscope.kafka.monitor.LinkSnapshot;

/**
 * The links table of the dashboard: one row per link with {@link LinkColumns}, sortable by any column
 * (click a header; again to reverse), the status cell coloured by severity, tooltips on the status (the rule
 * that fired) and the lag in seconds (how it was obtained). Rows keep their selection across
 * refreshes because each link is identified by its id.
 */
final class LinksTable {

	private final TableViewer viewer;
	private LinkColumns sortColumn = LinkColumns.LINK;
	private int direction = SWT.UP;

	LinksTable(Composite parent) {
		Composite holder = new Composite(parent, SWT.NONE);
		GridDataFactory.fillDefaults().grab(true, true).applyTo(holder);
		TableColumnLayout layout = new TableColumnLayout();
		holder.setLayout(layout);
		viewer = new TableViewer(holder, SWT.FULL_SELECTION | SWT.MULTI | SWT.BORDER | SWT.V_SCROLL);
		viewer.getTable().setHeaderVisible(true);
		viewer.getTable().setLinesVisible(true);
		for (LinkColumns column : LinkColumns.values()) {
			TableViewerColumn viewerColumn = new TableViewerColumn(viewer, column == LinkColumns.LINK ? SWT.LEFT : SWT.RIGHT);
			viewerColumn.getColumn().setText(column.title());
			viewerColumn.setLabelProvider(new LinkLabelProvider(column));
			viewerColumn.getColumn().addListener(SWT.Selection, event -> sortBy(column, viewerColumn.getColumn()));
			layout.setColumnData(viewerColumn.getColumn(), new ColumnWeightData(column.weight(), 50));
		}
		ColumnViewerToolTipSupport.enableFor(viewer);
		viewer.setContentProvider(ArrayContentProvider.getInstance());
		viewer.setUseHashlookup(true);
		viewer.setComparer(new LinkIdentity());
		viewer.setComparator(new ViewerComparator() {
			@Override
			public int compare(Viewer v, Object a, Object b) {
				int order = sortColumn.compare((LinkSnapshot) a, (LinkSnapshot) b);
				return direction == SWT.UP ? order : -order;
			}
		});
	}

	TableViewer viewer() {
		return viewer;
	}

	void show(List<LinkSnapshot> snapshots) {
		viewer.setInput(snapshots);
	}

	private void sortBy(LinkColumns column, TableColumn header) {
		direction = column == sortColumn && direction == SWT.UP ? SWT.DOWN : SWT.UP;
		sortColumn = column;
		viewer.getTable().setSortColumn(header);
		viewer.getTable().setSortDirection(direction);
		viewer.refresh();
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
		public String getToolTipText(Object element) {
			return column.tooltip((LinkSnapshot) element).orElse(null);
		}

		@Override
		public Color getBackground(Object element) {
			if (column != LinkColumns.STATUS && column != LinkColumns.LAG_SECONDS) {
				return null;
			}
			return ((LinkSnapshot) element).lag().map(lag -> StatusColors.of(lag.severity())).orElse(null);
		}
	}

	/** Links are the same row when their ids are equal, whatever their figures (the input compares as usual). */
	private static final class LinkIdentity implements org.eclipse.jface.viewers.IElementComparer {
		@Override
		public boolean equals(Object a, Object b) {
			if (a instanceof LinkSnapshot x && b instanceof LinkSnapshot y) {
				return x.link().id().equals(y.link().id());
			}
			return Objects.equals(a, b);
		}

		@Override
		public int hashCode(Object element) {
			return element instanceof LinkSnapshot link ? link.link().id().hashCode() : Objects.hashCode(element);
		}
	}
}
