package org.syncscope.ui.tests;

import java.util.List;

import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TableColumn;
import org.eclipse.swt.widgets.TableItem;
import org.syncscope.testing.ui.Widgets;

/** The dashboard's links table as a test reads it: by column titles and link names, as an operator does. */
final class DashboardTable {

	private DashboardTable() {
	}

	/** The links table of the dashboard in {@code window}. */
	static Table of(Shell window) {
		return Widgets.descendants(window, Table.class, table -> List.of(table.getColumns()).stream()
				.anyMatch(column -> column.getText().equals("Lag (events)"))).stream().findFirst()
				.orElseThrow(() -> new AssertionError("no links table on the dashboard"));
	}

	/** The row of link {@code name}. */
	static TableItem row(Table table, String name) {
		return List.of(table.getItems()).stream().filter(row -> cell(table, row, "Link").equals(name)).findFirst()
				.orElseThrow(() -> new AssertionError("no row " + name));
	}

	/** The text of {@code row} in the column titled {@code column}. */
	static String cell(Table table, TableItem row, String column) {
		TableColumn[] columns = table.getColumns();
		for (int i = 0; i < columns.length; i++) {
			if (columns[i].getText().equals(column)) {
				return row.getText(i);
			}
		}
		throw new AssertionError("no column " + column);
	}
}
