package org.syncscope.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import org.eclipse.e4.ui.workbench.modeling.EPartService;
import org.eclipse.e4.ui.workbench.modeling.EPartService.PartState;
import org.eclipse.swt.graphics.GC;
import org.eclipse.swt.graphics.Rectangle;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TableColumn;
import org.eclipse.swt.widgets.TableItem;
import org.eclipse.swt.widgets.Text;
import org.junit.jupiter.api.Test;
import org.syncscope.testing.ui.Screenshots;
import org.syncscope.testing.ui.UiWait;
import org.syncscope.testing.ui.Widgets;
import org.syncscope.ui.demo.DemoController;
import org.syncscope.ui.parts.EmptyTableMessage;

/**
 * A newcomer's first start on a 1600×1000 screen: the workbench takes the screen, the Conflicts part says what
 * a conflict is while it lists none and shows its headers, merged result and buttons whole, and with the demo
 * running
 * the dashboard shows every link's row and every column's header whole, each header explaining its figure in
 * a tooltip, and every link's name and trend whole; the connector columns, which only CDC links fill, are not shown for the simulated demo.
 */
class FirstStartLayoutTest {

	private static final Duration DEMO_TIMEOUT = Duration.ofSeconds(120);
	private static final int DEMO_LINKS = 6;
	private static final String CONFLICTS_PART = "org.syncscope.ui.part.conflicts";
	/** What GTK's table cells keep around their text (measured: a 130 px name shows whole in 140 px). */
	private static final int CELL_PADDING = 8;

	@Test
	void theWorkbenchTakesTheScreenAndTheDashboardShowsEveryRowAndHeaderWhole() {
		Display display = Display.getCurrent();
		Shell window = Workbench.mainWindow(display, Duration.ofSeconds(30));
		Rectangle screen = display.getPrimaryMonitor().getClientArea();
		assertEquals(screen, window.getBounds(), "the first start sizes the window to the screen");

		EPartService parts = Workbench.get().getApplication().getChildren().get(0).getContext()
				.get(EPartService.class);
		parts.showPart(CONFLICTS_PART, PartState.ACTIVATE);
		UiWait.processEvents(display);
		Table conflicts = Widgets.descendants(window, Table.class,
				table -> "conflicts".equals(table.getData("org.syncscope.id"))).get(0);
		assertTrue(String.valueOf(conflicts.getData(EmptyTableMessage.KEY)).contains("A conflict is"),
				"the Conflicts part says what a conflict is while it lists none");
		assertEquals(List.of(), cutHeaders(conflicts), "conflict headers cut");
		Control preview = Widgets.descendants(window, Text.class,
				text -> "preview".equals(text.getData("org.syncscope.id"))).get(0);
		Control applyMerge = Widgets.descendants(window, Button.class,
				button -> button.getText().startsWith("&Apply Merge")).get(0);
		assertTrue(wholeOnScreen(preview), "the merged result is shown whole: " + preview.getBounds());
		assertTrue(wholeOnScreen(applyMerge), "the merge buttons are shown whole: " + applyMerge.getBounds());
		Screenshots.ofShell(window, "first-start-conflicts");

		DemoController demo = Workbench.get().getApplication().getContext().get(DemoController.class);
		demo.stop(); // whatever an earlier test left running
		Workbench.showDashboard(window);
		demo.start();
		try {
			UiWait.until(display, "every demo link live in the links table", DEMO_TIMEOUT, () -> {
				Table links = DashboardTable.of(window);
				return links.getItemCount() == DEMO_LINKS && List.of(links.getItems()).stream()
						.allMatch(row -> !DashboardTable.cell(links, row, "Status").equals("—")
								&& !DashboardTable.cell(links, row, "Events/s").equals("0.0"));
			});
			UiWait.processEvents(display);
			Table links = DashboardTable.of(window);
			Screenshots.ofShell(window, "first-start-dashboard");
			assertEquals(List.of(), cutHeaders(links), "headers cut");
			Rectangle visible = links.getClientArea();
			for (TableItem row : links.getItems()) {
				Rectangle bounds = row.getBounds();
				// on GTK the client area includes the header: its y is negative, rows start at 0
				assertTrue(bounds.y >= 0 && bounds.y + bounds.height <= visible.y + visible.height,
						"row " + row.getText(0) + " at " + bounds + " within " + visible);
			}
			for (TableColumn column : links.getColumns()) {
				assertTrue(column.getWidth() == 0 || !column.getToolTipText().isBlank(),
						column.getText() + " says what it shows");
			}
			assertEquals(0, column(links, "Connectors").getWidth(), "no connector column without CDC links");
			assertEquals(List.of(), cutTexts(links, "Trend", List.of("↑ growing", "↓ draining", "→ steady")),
					"trends cut");
			assertEquals(List.of(), cutTexts(links, "Link", List.of(links.getItems()).stream()
					.map(row -> DashboardTable.cell(links, row, "Link")).toList()), "link names cut");
		} finally {
			demo.stop();
		}
	}

	/** The shown headers whose title does not fit, or which reach past the table's right edge. */
	private static List<String> cutHeaders(Table table) {
		List<String> cut = new ArrayList<>();
		GC gc = new GC(table);
		try {
			int right = 0;
			for (int index : table.getColumnOrder()) {
				TableColumn column = table.getColumn(index);
				if (column.getWidth() == 0) {
					continue;
				}
				right += column.getWidth();
				int needed = gc.textExtent(column.getText()).x + 16;
				if (column.getWidth() < needed || right > table.getClientArea().width) {
					cut.add(column.getText() + " (" + column.getWidth() + " px of " + needed + ", right edge " + right
							+ " of " + table.getClientArea().width + ")");
				}
			}
		} finally {
			gc.dispose();
		}
		return cut;
	}

	/** Those of {@code texts} that would not fit whole in a cell of {@code column}. */
	private static List<String> cutTexts(Table table, String column, List<String> texts) {
		GC gc = new GC(table);
		try {
			int width = column(table, column).getWidth();
			return texts.stream().filter(text -> gc.textExtent(text).x + CELL_PADDING > width)
					.map(text -> text + " (" + gc.textExtent(text).x + " px in " + width + ")").toList();
		} finally {
			gc.dispose();
		}
	}

	/** Whether no ancestor of {@code control} clips it. */
	private static boolean wholeOnScreen(Control control) {
		for (Composite ancestor = control.getParent(); ancestor != null; ancestor = ancestor.getParent()) {
			Rectangle inAncestor = control.getDisplay().map(control, ancestor, new Rectangle(0, 0,
					control.getSize().x, control.getSize().y));
			if (!ancestor.getClientArea().contains(inAncestor.x, inAncestor.y)
					|| !ancestor.getClientArea().contains(inAncestor.x + inAncestor.width - 1,
							inAncestor.y + inAncestor.height - 1)) {
				return false;
			}
		}
		return true;
	}

	private static TableColumn column(Table table, String title) {
		return List.of(table.getColumns()).stream().filter(column -> column.getText().equals(title)).findFirst()
				.orElseThrow(() -> new AssertionError("no column " + title));
	}
}
