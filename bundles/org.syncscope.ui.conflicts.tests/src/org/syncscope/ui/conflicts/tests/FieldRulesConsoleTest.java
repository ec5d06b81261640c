package org.syncscope.ui.conflicts.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.sql.SQLException;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.eclipse.e4.ui.model.application.MApplication;
import org.eclipse.e4.ui.model.application.ui.basic.MWindow;
import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.swt.graphics.RGB;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TableItem;
import org.junit.jupiter.api.Test;
import org.syncscope.core.merge.FieldType;
import org.syncscope.resolution.FieldDiff;
import org.syncscope.resolution.ResolutionService;
import org.syncscope.resolution.StoredConflict;
import org.syncscope.testing.ui.Screenshots;
import org.syncscope.testing.ui.UiWait;
import org.syncscope.ui.conflicts.ConflictsPart;
import org.syncscope.ui.conflicts.merge.MergeModel;
import org.syncscope.ui.demo.DemoController;

/**
 * The demo's field-rules links (us-east and ap-south: status LWW, amountCents MAX) in the real workbench's
 * console, read-only so that the automatic policy leaves a conflict for the screenshot: a conflict where both
 * regions changed both fields opens with those fields merged by their rules, tinted green and named by their
 * rule. Afterwards the console is writable again and its automatic policies catch up before the demo stops.
 */
class FieldRulesConsoleTest {

	private static final Duration DEMO_TIMEOUT = Duration.ofSeconds(300);
	private static final Duration TIMEOUT = Duration.ofSeconds(60);
	private static final Set<String> RULED_LINKS = Set.of("us-east-to-ap-south", "ap-south-to-us-east");
	private static final RGB RULED = new RGB(221, 244, 221);

	private final Display display = Display.getCurrent();

	@Test
	void aConflictOnAFieldRulesLinkOpensWithItsRuledFieldsMergedAndMarked() throws Exception {
		MApplication application = ConsoleWorkbench.application();
		MWindow window = ConsoleWorkbench.mainWindow(display, TIMEOUT);
		Shell shell = (Shell) window.getWidget();
		shell.setBounds(display.getBounds());
		ConsoleWorkbench.enlargeBottomStack(window);
		ConflictsPart console = (ConflictsPart) ConsoleWorkbench.showConsole(window, display, TIMEOUT).getObject();
		UiWait.until(display, "the conflict store to open", TIMEOUT,
				() -> application.getContext().get(ResolutionService.class) != null);
		ResolutionService service = application.getContext().get(ResolutionService.class);
		String operator = service.settings().operator();
		service.changeOperator(operator, true);
		DemoController demo = application.getContext().get(DemoController.class);
		try {
			demo.start();
			UiWait.until(display, "a conflict between us-east and ap-south changing status and amount on both sides",
					DEMO_TIMEOUT, () -> candidate(console).isPresent());
			StoredConflict conflict = candidate(console).orElseThrow();
			console.tableViewer().setSelection(new StructuredSelection(conflict), true);
			UiWait.until(display, "the merge view to show " + conflict.key(), TIMEOUT,
					() -> console.mergeView().model().map(m -> m.conflict().id() == conflict.id()).orElse(false));
			MergeModel model = console.mergeView().model().orElseThrow();
			assertEquals(FieldType.LWW, assertInstanceOf(MergeModel.ByRule.class, model.source("status")).type());
			assertEquals(FieldType.MAX, assertInstanceOf(MergeModel.ByRule.class, model.source("amountCents")).type());
			int larger = Math.max(conflict.siblings().get(0).payload().field("amountCents").orElseThrow().intValue(),
					conflict.siblings().get(1).payload().field("amountCents").orElseThrow().intValue());
			assertEquals(larger, model.value("amountCents").intValue(), "the greater amount");
			Composite root = console.mergeView().control();
			assertTrue(ConsoleWorkbench.rowText(root, "status").contains("LWW rule"));
			assertTrue(ConsoleWorkbench.rowText(root, "amountCents").contains("MAX rule"));
			assertEquals(RULED, background(root, "status"));
			assertEquals(RULED, background(root, "amountCents"));
			Screenshots.ofShell(shell, "field-rules-console");
		} finally {
			// writable again, the automatic policies resolve what they held back while the demo still runs
			service.changeOperator(operator, false);
			try {
				UiWait.until(display, "the automatic policies to resolve what the read-only console held back",
						TIMEOUT, () -> heldBack(service).isEmpty());
			} finally {
				demo.stop();
			}
		}
	}

	/** The pending conflicts, known in full, that their link's automatic policy would resolve. */
	private static List<StoredConflict> heldBack(ResolutionService service) {
		try {
			return service.pending().stream()
					.filter(conflict -> conflict.complete() && !ConsoleWorkbench.waitsForAPerson(conflict)).toList();
		} catch (SQLException e) {
			throw new AssertionError(e);
		}
	}

	/** A conflict between the ruled regions, known in full with its ancestor, whose status and amount both differ. */
	private static Optional<StoredConflict> candidate(ConflictsPart console) {
		if (!(console.tableViewer().getInput() instanceof List<?> conflicts)) {
			return Optional.empty();
		}
		return conflicts.stream().map(StoredConflict.class::cast)
				.filter(c -> RULED_LINKS.contains(c.linkId()) && c.complete() && c.ancestor().isPresent())
				.filter(c -> FieldDiff.of(c.siblings(), c.ancestor()).rows().stream().filter(FieldDiff.Row::clash)
						.map(FieldDiff.Row::name).toList().containsAll(List.of("status", "amountCents")))
				.findFirst();
	}

	private static RGB background(Composite root, String field) {
		Table table = ConsoleWorkbench.descendants(root, Table.class).stream()
				.filter(t -> "fields".equals(t.getData("org.syncscope.id"))).findFirst().orElseThrow();
		for (TableItem item : table.getItems()) {
			if (item.getText(0).equals(field)) {
				return item.getBackground(table.getColumnCount() - 1).getRGB();
			}
		}
		throw new AssertionError("no row " + field);
	}
}
