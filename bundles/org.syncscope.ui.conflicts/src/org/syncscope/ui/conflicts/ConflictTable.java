package org.syncscope.ui.conflicts;

import java.time.Duration;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.function.Function;

import org.eclipse.jface.layout.TableColumnLayout;
import org.eclipse.jface.viewers.ArrayContentProvider;
import org.eclipse.jface.viewers.ColumnLabelProvider;
import org.eclipse.jface.viewers.ColumnWeightData;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.jface.viewers.TableViewer;
import org.eclipse.jface.viewers.TableViewerColumn;
import org.eclipse.jface.viewers.Viewer;
import org.eclipse.jface.viewers.ViewerComparator;
import org.eclipse.jface.viewers.ViewerFilter;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TableColumn;
import org.syncscope.resolution.FieldDiff;
import org.syncscope.resolution.StoredConflict;
import org.syncscope.ui.parts.EmptyTableMessage;
import org.syncscope.ui.parts.HeaderWidths;

/**
 * The table of pending conflicts: link (by name), key, replicas, age, differing fields, siblings and state; sorted by
 * a click on a column header (again to reverse), filtered by a {@link ConflictFilter}, multi-select.
 */
final class ConflictTable {

	private record Column(String title, int weight, Function<StoredConflict, String> text,
			Comparator<StoredConflict> order) {
	}

	private final Composite holder;
	private final TableViewer viewer;
	private ConflictFilter filter = ConflictFilter.ALL;
	private Instant now = Instant.now();
	private Comparator<StoredConflict> order = Comparator.comparing(StoredConflict::detectedAt);

	ConflictTable(Composite parent, Function<String, String> linkName) {
		holder = new Composite(parent, SWT.NONE);
		TableColumnLayout layout = new TableColumnLayout();
		holder.setLayout(layout);
		viewer = new TableViewer(holder, SWT.MULTI | SWT.FULL_SELECTION | SWT.BORDER | SWT.V_SCROLL);
		Table table = viewer.getTable();
		table.setHeaderVisible(true);
		table.setLinesVisible(true);
		table.setData("org.syncscope.id", "conflicts");
		EmptyTableMessage.install(table, "No conflict waits for you. A conflict is two replicas changing the same"
				+ " record at the same time; SyncScope finds them on the change logs of the monitored links, lets each link's"
				+ " automatic policy resolve what it can, and lists the rest here for you to merge, keep, defer or"
				+ " ignore. Open a topology, or start the demo (File > Start Demo), to see some.");
		viewer.setContentProvider(ArrayContentProvider.getInstance());
		List<Column> columns = List.of(
				new Column("Link", 18, c -> linkName.apply(c.linkId()),
						Comparator.comparing(c -> linkName.apply(c.linkId()))),
				new Column("Key", 14, StoredConflict::key, Comparator.comparing(StoredConflict::key)),
				new Column("Replicas", 18, c -> String.join(", ", c.replicas()),
						Comparator.comparing(c -> String.join(",", c.replicas()))),
				new Column("Age", 8, c -> age(c), Comparator.comparing(StoredConflict::detectedAt).reversed()),
				new Column("Differing fields", 10, c -> String.valueOf(differing(c)),
						Comparator.comparingInt(ConflictTable::differing)),
				new Column("Siblings", 8, c -> String.valueOf(c.versionCount()),
						Comparator.comparingInt(StoredConflict::versionCount)),
				new Column("State", 10, c -> c.state().name(), Comparator.comparing(StoredConflict::state)));
		for (Column column : columns) {
			TableViewerColumn viewerColumn = new TableViewerColumn(viewer, SWT.NONE);
			viewerColumn.getColumn().setText(column.title());
			layout.setColumnData(viewerColumn.getColumn(),
					new ColumnWeightData(column.weight(), HeaderWidths.of(table, column.title())));
			viewerColumn.setLabelProvider(ColumnLabelProvider.createTextProvider(e -> column.text().apply((StoredConflict) e)));
			viewerColumn.getColumn().addListener(SWT.Selection, event -> sortBy(viewerColumn.getColumn(), column.order()));
		}
		viewer.setComparator(new ViewerComparator() {
			@Override
			public int compare(Viewer v, Object a, Object b) {
				return order.compare((StoredConflict) a, (StoredConflict) b);
			}
		});
		viewer.setFilters(new ViewerFilter() {
			@Override
			public boolean select(Viewer v, Object parentElement, Object element) {
				return filter.accepts((StoredConflict) element, now);
			}
		});
	}

	/** The control to lay out in the part: the table with its column layout. */
	Control control() {
		return holder;
	}

	private void sortBy(TableColumn column, Comparator<StoredConflict> columnOrder) {
		Table table = viewer.getTable();
		boolean up = table.getSortColumn() != column || table.getSortDirection() == SWT.DOWN;
		table.setSortColumn(column);
		table.setSortDirection(up ? SWT.UP : SWT.DOWN);
		order = up ? columnOrder : columnOrder.reversed();
		viewer.refresh();
	}

	private String age(StoredConflict conflict) {
		Duration age = Duration.between(conflict.detectedAt(), now);
		if (age.toHours() > 0) {
			return age.toHours() + " h " + age.toMinutesPart() + " min";
		}
		return age.toMinutes() > 0 ? age.toMinutes() + " min " + age.toSecondsPart() + " s" : age.toSeconds() + " s";
	}

	private static int differing(StoredConflict conflict) {
		return FieldDiff.of(conflict.siblings(), conflict.ancestor()).differingCount();
	}

	/** Shows {@code conflicts} as of {@code time}, keeping the selection of those still there. */
	void show(List<StoredConflict> conflicts, Instant time) {
		now = time;
		List<Long> selected = selection().stream().map(StoredConflict::id).toList();
		viewer.setInput(conflicts);
		viewer.setSelection(new org.eclipse.jface.viewers.StructuredSelection(
				conflicts.stream().filter(c -> selected.contains(c.id())).toList()));
	}

	void filter(ConflictFilter newFilter) {
		filter = newFilter;
		viewer.refresh();
	}

	/** The conflicts shown (after filtering), in display order. */
	int shownCount() {
		return viewer.getTable().getItemCount();
	}

	List<StoredConflict> selection() {
		return ((IStructuredSelection) viewer.getSelection()).toList().stream().map(StoredConflict.class::cast)
				.toList();
	}

	TableViewer viewer() {
		return viewer;
	}
}
