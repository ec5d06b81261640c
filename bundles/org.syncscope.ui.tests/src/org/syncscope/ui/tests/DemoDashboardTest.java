package org.syncscope.ui.tests;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.List;

import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Menu;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TableColumn;
import org.eclipse.swt.widgets.TableItem;
import org.junit.jupiter.api.Test;
import org.syncscope.testing.ui.Screenshots;
import org.syncscope.testing.ui.UiWait;

/**
 * The embedded demo in the real workbench: File > Start Demo starts a KRaft broker and the simulator, and
 * within the bound the dashboard shows every link of the sample topology with live throughput and conflicts.
 */
class DemoDashboardTest {

	private static final Duration DEMO_TIMEOUT = Duration.ofSeconds(120);

	@Test
	void startDemoShowsLiveLinksOnTheDashboard() {
		Display display = Display.getCurrent();
		UiWait.until(display, "the SyncScope window", Duration.ofSeconds(30),
				() -> Widgets.shellTitled(display, "SyncScope").isPresent());
		Shell window = Widgets.shellTitled(display, "SyncScope").orElseThrow();

		Menu file = Widgets.menuItem(window.getMenuBar(), "File").getMenu();
		Widgets.select(Widgets.menuItem(file, "Start Demo"));
		// parts of a stack are created when first shown; the Topology Overview may be the centre's selected tab
		Widgets.select(Widgets.menuItem(Widgets.menuItem(window.getMenuBar(), "Window").getMenu(), "Dashboard"));

		UiWait.until(display, "six links with throughput and some open conflicts on the dashboard", DEMO_TIMEOUT, () -> {
			Table links = dashboardTable(window);
			return links.getItemCount() == 6
					&& List.of(links.getItems()).stream().allMatch(row -> number(cell(links, row, "Events/s")) > 0)
					&& List.of(links.getItems()).stream().mapToDouble(row -> number(cell(links, row, "Open conflicts")))
							.sum() > 0;
		});
		Table links = dashboardTable(window);
		for (TableItem row : links.getItems()) {
			assertTrue(cell(links, row, "Link").contains(" to "), "a sample link: " + cell(links, row, "Link"));
		}
		Screenshots.ofShell(window, "demo-dashboard");
	}

	private static Table dashboardTable(Shell window) {
		return Widgets.descendants(window, Table.class, table -> List.of(table.getColumns()).stream()
				.anyMatch(column -> column.getText().equals("Lag (events)"))).get(0);
	}

	private static String cell(Table table, TableItem row, String column) {
		TableColumn[] columns = table.getColumns();
		for (int i = 0; i < columns.length; i++) {
			if (columns[i].getText().equals(column)) {
				return row.getText(i);
			}
		}
		throw new AssertionError("no column " + column);
	}

	private static double number(String text) {
		try {
			return Double.parseDouble(text.replace(",", ""));
		} catch (NumberFormatException notANumber) {
			return 0;
		}
	}
}
