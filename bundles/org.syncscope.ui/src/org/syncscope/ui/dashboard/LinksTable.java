package org.syncscope.ui.dashboard;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.TableColumnLayout;
import org.eclipse.jface.viewers.ArrayContentProvider;
import org.eclipse.jface.viewers.ColumnLabelProvider;
import org.eclipse.jface.viewers.ColumnPixelData;
import org.eclipse.jface.viewers.ColumnViewerToolTipSupport;
import org.eclipse.jface.viewers.ColumnWeightData;
import org.eclipse.jface.viewers.TableViewer;
import org.eclipse.jface.viewers.TableViewerColumn;
import org.eclipse.jface.viewers.Viewer;
import org.eclipse.jface.viewers.ViewerComparator;
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Color;
import org.eclipse.swt.graphics.GC;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.TableColumn;
import org.syncscope.connect.monitor.ConnectHealth;
import org.syncscope.connect.monitor.ConnectText;
import org.syncscope.connect.monitor.LinkConnectState;
import org.syncscope.core.lag.Severity;
import org.syncscope.kafka.monitor.LinkSnapshot;
import org.syncscope.ui.parts.HeaderWidths;

/**
 * The links table of the dashboard: one row per link with {@link LinkColumns} and, after the status, the
 * states of a CDC link's connectors on Kafka Connect; sortable by any column (click a header; again to
 * reverse), the status cell coloured by severity and the connectors cell by their health, tooltips on the
 * status (the rule that fired), the lag in seconds (how it was obtained) and the connectors (each state, a
 * failure's cause, why Connect is unreachable). Rows keep their selection across refreshes because each link
 * is identified by its id. Each header says in its tooltip what its figure is and is at least as wide as its
 * title; the connector columns show only while a CDC link is shown.
 */
final class LinksTable {

	/** The title of the connectors column. */
	static final String CONNECTORS = "Connectors";
	/** The title of the source slot's lag column. */
	static final String SLOT_LAG = "Slot lag";

	/** Room beside a header's title for the sort arrow and the margins. */
	private static final ColumnPixelData HIDDEN = new ColumnPixelData(0, false);
	/** Room a cell leaves around its text. */
	private static final int CELL_MARGINS = 14;

	private final TableViewer viewer;
	private final Composite holder;
	private final TableColumnLayout layout = new TableColumnLayout();
	private final Map<TableColumn, ColumnWeightData> cdcColumns = new LinkedHashMap<>();
	private boolean cdcColumnsShown = true;
	private Comparator<LinkSnapshot> order = LinkColumns.LINK::compare;
	private TableColumn sortColumn;
	private int direction = SWT.UP;
	private Map<String, LinkConnectState> connectors = Map.of();

	LinksTable(Composite parent) {
		holder = new Composite(parent, SWT.NONE);
		GridDataFactory.fillDefaults().grab(true, true).applyTo(holder);
		holder.setLayout(layout);
		viewer = new TableViewer(holder, SWT.FULL_SELECTION | SWT.MULTI | SWT.BORDER | SWT.V_SCROLL);
		viewer.getTable().setHeaderVisible(true);
		viewer.getTable().setLinesVisible(true);
		for (LinkColumns column : LinkColumns.values()) {
			TableViewerColumn viewerColumn = new TableViewerColumn(viewer, column == LinkColumns.LINK ? SWT.LEFT : SWT.RIGHT);
			viewerColumn.getColumn().setText(column.title());
			viewerColumn.getColumn().setToolTipText(column.description());
			viewerColumn.setLabelProvider(new LinkLabelProvider(column));
			viewerColumn.getColumn().addListener(SWT.Selection, event -> sortBy(column, viewerColumn.getColumn()));
			layout.setColumnData(viewerColumn.getColumn(), new ColumnWeightData(column.weight(),
					Math.max(HeaderWidths.of(viewer.getTable(), column.title()), cellWidth(column.fixedTexts()))));
			if (column == LinkColumns.STATUS) {
				addConnectorsColumn();
				addSlotLagColumn();
			}
		}
		showCdcColumns(false);
		ColumnViewerToolTipSupport.enableFor(viewer);
		viewer.setContentProvider(ArrayContentProvider.getInstance());
		viewer.setUseHashlookup(true);
		viewer.setComparer(new LinkIdentity());
		viewer.setComparator(new ViewerComparator() {
			@Override
			public int compare(Viewer v, Object a, Object b) {
				int compared = order.compare((LinkSnapshot) a, (LinkSnapshot) b);
				return direction == SWT.UP ? compared : -compared;
			}
		});
	}

	TableViewer viewer() {
		return viewer;
	}

	/** Shows {@code snapshots}, with the connector states of the CDC links among them. */
	void show(List<LinkSnapshot> snapshots, Map<String, LinkConnectState> connectorStates) {
		connectors = connectorStates;
		showCdcColumns(snapshots.stream().anyMatch(snapshot -> snapshot.link().cdc().isPresent()));
		viewer.setInput(snapshots);
	}

	/** Shows the connector columns (CDC links are shown) or hides them. */
	private void showCdcColumns(boolean shown) {
		if (shown == cdcColumnsShown) {
			return;
		}
		cdcColumnsShown = shown;
		cdcColumns.forEach((column, data) -> {
			layout.setColumnData(column, shown ? data : HIDDEN);
			column.setResizable(shown);
		});
		holder.layout(true, true);
	}

	/** The width the widest of {@code texts} needs in a cell (its margins included). */
	private int cellWidth(List<String> texts) {
		GC gc = new GC(viewer.getTable());
		try {
			return texts.stream().mapToInt(text -> gc.textExtent(text).x + CELL_MARGINS).max().orElse(0);
		} finally {
			gc.dispose();
		}
	}

	private void addConnectorsColumn() {
		TableViewerColumn column = new TableViewerColumn(viewer, SWT.LEFT);
		column.getColumn().setText(CONNECTORS);
		column.getColumn().setToolTipText("The states of a CDC link's source and sink connectors on Kafka Connect.");
		column.setLabelProvider(new ConnectorsLabelProvider());
		Comparator<LinkSnapshot> byHealth = Comparator.comparing(link -> connectors.containsKey(link.link().id())
				? connectors.get(link.link().id()).health().ordinal() : ConnectHealth.values().length);
		column.getColumn().addListener(SWT.Selection, event -> sortBy(byHealth, column.getColumn()));
		cdcColumns.put(column.getColumn(),
				new ColumnWeightData(14, Math.max(70, HeaderWidths.of(viewer.getTable(), CONNECTORS))));
	}

	private void addSlotLagColumn() {
		TableViewerColumn column = new TableViewerColumn(viewer, SWT.RIGHT);
		column.getColumn().setText(SLOT_LAG);
		column.getColumn().setToolTipText("How far the source connector's replication slot is behind its database,"
				+ " in bytes of WAL.");
		column.setLabelProvider(new SlotLagLabelProvider());
		Comparator<LinkSnapshot> byBytes = Comparator.comparingLong(link -> sourceSide(link).slotLagBytes().orElse(-1));
		column.getColumn().addListener(SWT.Selection, event -> sortBy(byBytes, column.getColumn()));
		cdcColumns.put(column.getColumn(), new ColumnWeightData(9, HeaderWidths.of(viewer.getTable(), SLOT_LAG)));
	}

	private LinkConnectState.SourceSide sourceSide(LinkSnapshot link) {
		LinkConnectState state = connectors.get(link.link().id());
		return state == null ? LinkConnectState.SourceSide.NOT_READ : state.sourceSide();
	}

	private void sortBy(LinkColumns column, TableColumn header) {
		sortBy(column::compare, header);
	}

	private void sortBy(Comparator<LinkSnapshot> newOrder, TableColumn header) {
		direction = header == sortColumn && direction == SWT.UP ? SWT.DOWN : SWT.UP;
		order = newOrder;
		sortColumn = header;
		viewer.getTable().setSortColumn(header);
		viewer.getTable().setSortDirection(direction);
		viewer.refresh();
	}

	/**
	 * The slot lag cell: the source's replication slot behind its database, in bytes (a dash when not read);
	 * coloured as a warning when a carried table lacks full before-images, the tooltip saying which.
	 */
	private final class SlotLagLabelProvider extends ColumnLabelProvider {

		@Override
		public String getText(Object element) {
			LinkConnectState.SourceSide side = sourceSide((LinkSnapshot) element);
			return side.slotLagBytes().isPresent() ? Bytes.format(side.slotLagBytes().getAsLong()) : "—";
		}

		@Override
		public String getToolTipText(Object element) {
			LinkConnectState.SourceSide side = sourceSide((LinkSnapshot) element);
			List<String> lines = new ArrayList<>();
			side.problem().ifPresent(lines::add);
			if (side.slotLagBytes().isPresent()) {
				lines.add("WAL the source connector's replication slot has not yet confirmed (its database keeps it)");
			}
			lines.addAll(side.warnings());
			return lines.isEmpty() ? null : String.join("\n", lines);
		}

		@Override
		public Color getBackground(Object element) {
			return sourceSide((LinkSnapshot) element).warnings().isEmpty() ? null : StatusColors.of(Severity.WARNING);
		}
	}

	/** The connectors cell: their states in words, coloured by health; a dash for links without connectors. */
	private final class ConnectorsLabelProvider extends ColumnLabelProvider {

		@Override
		public String getText(Object element) {
			LinkConnectState state = connectors.get(((LinkSnapshot) element).link().id());
			return state == null ? "—" : ConnectText.cell(state);
		}

		@Override
		public String getToolTipText(Object element) {
			LinkConnectState state = connectors.get(((LinkSnapshot) element).link().id());
			return state == null ? null : ConnectText.details(state);
		}

		@Override
		public Color getBackground(Object element) {
			LinkConnectState state = connectors.get(((LinkSnapshot) element).link().id());
			return state == null ? null : StatusColors.of(state.health().severity());
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
