package org.syncscope.ui.topology.properties;

import java.util.List;
import java.util.function.Consumer;

import org.eclipse.emf.common.command.Command;
import org.eclipse.jface.viewers.CellEditor;
import org.eclipse.jface.viewers.CheckboxCellEditor;
import org.eclipse.jface.viewers.ColumnViewer;
import org.eclipse.jface.viewers.ComboBoxCellEditor;
import org.eclipse.jface.viewers.EditingSupport;
import org.eclipse.jface.viewers.TextCellEditor;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Composite;

/**
 * Edits the value column of the properties table with the cell editor that fits the property: text for
 * strings, numbers and lists, a check box for booleans and a read-only combo for enums and references.
 * Every change is a command on the document's stack.
 */
final class PropertyEditingSupport extends EditingSupport {

	private final Consumer<String> problems;
	private final TextCellEditor text;
	private final CheckboxCellEditor checkbox;
	private final ComboBoxCellEditor combo;

	PropertyEditingSupport(ColumnViewer viewer, Consumer<String> problems) {
		super(viewer);
		Composite table = (Composite) viewer.getControl();
		this.problems = problems;
		this.text = new TextCellEditor(table);
		this.checkbox = new CheckboxCellEditor(table);
		this.combo = new ComboBoxCellEditor(table, new String[0], SWT.READ_ONLY);
	}

	@Override
	protected boolean canEdit(Object element) {
		return ((PropertyRow) element).kind() != PropertyRow.Kind.READ_ONLY;
	}

	@Override
	protected CellEditor getCellEditor(Object element) {
		PropertyRow row = (PropertyRow) element;
		return switch (row.kind()) {
		case BOOLEAN -> checkbox;
		case CHOICE -> {
			combo.setItems(row.choices().stream().map(c -> c == null ? "(none)" : row.label(c)).toArray(String[]::new));
			yield combo;
		}
		default -> text;
		};
	}

	@Override
	protected Object getValue(Object element) {
		PropertyRow row = (PropertyRow) element;
		return switch (row.kind()) {
		case BOOLEAN -> Boolean.TRUE.equals(row.value());
		case CHOICE -> Math.max(0, row.choices().indexOf(row.value()));
		default -> row.text();
		};
	}

	@Override
	protected void setValue(Object element, Object value) {
		PropertyRow row = (PropertyRow) element;
		switch (row.kind()) {
		case BOOLEAN -> setIfChanged(row, value);
		case CHOICE -> {
			List<Object> choices = row.choices();
			int index = (Integer) value;
			if (index >= 0 && index < choices.size()) {
				setIfChanged(row, choices.get(index));
			}
		}
		default -> setFromText(row, (String) value);
		}
	}

	private void setFromText(PropertyRow row, String text) {
		if (text.equals(row.text())) {
			return;
		}
		try {
			Command command = row.commandFromText(text);
			row.domain().getCommandStack().execute(command);
		} catch (IllegalArgumentException e) {
			problems.accept("'" + text + "' is not a valid " + row.name() + ": " + e.getMessage());
		}
	}

	private static void setIfChanged(PropertyRow row, Object value) {
		if (value == null ? row.value() != null : !value.equals(row.value())) {
			row.set(value);
		}
	}
}
