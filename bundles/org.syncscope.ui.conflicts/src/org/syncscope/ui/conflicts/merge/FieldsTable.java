package org.syncscope.ui.conflicts.merge;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;

import org.eclipse.jface.viewers.ArrayContentProvider;
import org.eclipse.jface.viewers.ColumnLabelProvider;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.jface.viewers.TableViewer;
import org.eclipse.jface.viewers.TableViewerColumn;
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Color;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.TableColumn;
import org.syncscope.resolution.FieldDiff;
import org.syncscope.resolution.SensitiveFields;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * The versions side by side, one row per top-level field: the ancestor (three-way, when known), each
 * sibling, the merged value and where it comes from. Differing fields are tinted, clashing ones more
 * strongly, and those a field rule of the link merged in green, their rule named under "From"; sensitive
 * values are masked unless revealed.
 */
final class FieldsTable {

	private static final Color DIFFERS = new Color(255, 246, 204);
	private static final Color CLASH = new Color(255, 221, 221);
	private static final Color RULED = new Color(221, 244, 221);

	private final TableViewer viewer;
	private MergeModel model;
	private List<String> sensitive = List.of();
	private boolean revealed;

	FieldsTable(Composite parent) {
		viewer = new TableViewer(parent, SWT.SINGLE | SWT.FULL_SELECTION | SWT.BORDER | SWT.V_SCROLL | SWT.H_SCROLL);
		viewer.getTable().setHeaderVisible(true);
		viewer.getTable().setLinesVisible(true);
		viewer.getTable().setData("org.syncscope.id", "fields");
		viewer.setContentProvider(ArrayContentProvider.getInstance());
	}

	/** Shows {@code merge}, rebuilding the columns for its versions. */
	void show(MergeModel merge, List<String> sensitivePaths, boolean reveal) {
		this.model = merge;
		this.sensitive = sensitivePaths;
		this.revealed = reveal;
		for (TableColumn column : viewer.getTable().getColumns()) {
			column.dispose();
		}
		column("Field", 150, row -> row.name());
		if (merge.conflict().ancestor().isPresent()) {
			column("Ancestor", 130, row -> text(row.name(), row.ancestor()));
		}
		for (int i = 0; i < merge.siblings().size(); i++) {
			int index = i;
			column("v" + (i + 1) + " " + merge.siblings().get(i).origin(), 150,
					row -> text(row.name(), row.values().get(index)));
		}
		column("Merged", 150, row -> text(row.name(), model.value(row.name())));
		column("From", 80, row -> model.source(row.name()).label());
		viewer.setInput(new ArrayList<>(merge.diff().rows()));
	}

	void clear() {
		model = null;
		viewer.setInput(List.of());
	}

	void setRevealed(boolean reveal) {
		revealed = reveal;
		viewer.refresh();
	}

	void refresh() {
		viewer.refresh();
	}

	private void column(String title, int width, Function<FieldDiff.Row, String> text) {
		TableViewerColumn column = new TableViewerColumn(viewer, SWT.NONE);
		column.getColumn().setText(title);
		column.getColumn().setWidth(width);
		column.setLabelProvider(new ColumnLabelProvider() {
			@Override
			public String getText(Object element) {
				return text.apply((FieldDiff.Row) element);
			}

			@Override
			public Color getBackground(Object element) {
				FieldDiff.Row row = (FieldDiff.Row) element;
				if (model != null && model.source(row.name()) instanceof MergeModel.ByRule) {
					return RULED;
				}
				return row.clash() ? CLASH : row.differs() ? DIFFERS : null;
			}
		});
	}

	private String text(String field, JsonNode value) {
		if (value.isMissingNode()) {
			return "—";
		}
		return (revealed ? value : SensitiveFields.maskField(field, value, sensitive)).toString();
	}

	/** The selected field, if any. */
	Optional<String> selectedField() {
		Object selected = ((IStructuredSelection) viewer.getSelection()).getFirstElement();
		return selected instanceof FieldDiff.Row row ? Optional.of(row.name()) : Optional.empty();
	}

	TableViewer viewer() {
		return viewer;
	}
}
