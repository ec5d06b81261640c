package org.syncscope.ui.conflicts.tests;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.List;
import java.util.Optional;

import org.eclipse.e4.ui.model.application.MApplication;
import org.eclipse.e4.ui.model.application.ui.basic.MPart;
import org.eclipse.e4.ui.model.application.ui.basic.MWindow;
import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Shell;
import org.junit.jupiter.api.Test;
import org.syncscope.resolution.FieldDiff;
import org.syncscope.resolution.StoredConflict;
import org.syncscope.testing.ui.Screenshots;
import org.syncscope.testing.ui.UiWait;
import org.syncscope.ui.conflicts.ConflictsPart;
import org.syncscope.ui.demo.DemoController;
import org.syncscope.ui.demo.DemoKind;

/**
 * A conflict of the CDC demo in the conflict console: the same customer updated in both PostgreSQL regions
 * within a moment, found from Debezium's before-images, shown three-way: the base row (the ancestor) and
 * both regions' rows, column by column.
 */
class CdcConflictConsoleTest {

	private static final Duration TIMEOUT = Duration.ofSeconds(30);
	private static final Duration DEMO_TIMEOUT = Duration.ofSeconds(180);

	private final Display display = Display.getCurrent();

	@Test
	void aConflictOfTwoDatabasesIsShownThreeWay() {
		MApplication application = ConsoleWorkbench.application();
		MWindow window = ConsoleWorkbench.mainWindow(display, TIMEOUT);
		Shell shell = (Shell) window.getWidget();
		shell.setBounds(display.getBounds());
		ConsoleWorkbench.enlargeBottomStack(window);
		MPart partModel = ConsoleWorkbench.showConsole(window, display, TIMEOUT);
		ConflictsPart console = (ConflictsPart) partModel.getObject();
		DemoController demo = application.getContext().get(DemoController.class);
		demo.stop(); // whatever an earlier test left running
		demo.start(DemoKind.CDC);
		try {
			UiWait.until(display, "a conflict of the two regions' databases in the console", DEMO_TIMEOUT,
					() -> cdcConflict(console).isPresent());
			StoredConflict conflict = cdcConflict(console).orElseThrow();
			console.tableViewer().setSelection(new StructuredSelection(conflict), true);
			UiWait.until(display, "the merge view to show " + conflict.key(), TIMEOUT,
					() -> console.mergeView().model().map(m -> m.conflict().id() == conflict.id()).orElse(false));
			Composite root = console.mergeView().control();
			for (String column : List.of("id", "name", "credit")) {
				String row = ConsoleWorkbench.rowText(root, column);
				assertTrue(row.startsWith(column + " | "), "a row for the column " + column + ": " + row);
			}
			assertTrue(FieldDiff.of(conflict.siblings(), conflict.ancestor()).rows().stream()
					.filter(FieldDiff.Row::differs).map(FieldDiff.Row::name)
					.anyMatch(column -> column.equals("name") || column.equals("credit")),
					"the regions set the customer differently");
			UiWait.processEvents(display);
			Screenshots.ofShell(shell, "cdc-conflict-three-way");
		} finally {
			demo.stop();
		}
	}

	/** A conflict of the CDC demo's customers, known in full with its ancestor. */
	private static Optional<StoredConflict> cdcConflict(ConflictsPart console) {
		Object input = console.tableViewer().getInput();
		if (!(input instanceof List<?> conflicts)) {
			return Optional.empty();
		}
		return conflicts.stream().map(StoredConflict.class::cast)
				.filter(c -> c.key().startsWith("public.customers[") && c.complete() && c.siblings().size() == 2
						&& c.ancestor().isPresent())
				.findFirst();
	}
}
