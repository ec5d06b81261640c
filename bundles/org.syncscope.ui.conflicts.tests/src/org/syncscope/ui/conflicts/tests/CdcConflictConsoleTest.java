package org.syncscope.ui.conflicts.tests;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;

import org.eclipse.e4.ui.model.application.MApplication;
import org.eclipse.e4.ui.model.application.ui.basic.MPart;
import org.eclipse.e4.ui.model.application.ui.basic.MWindow;
import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Shell;
import org.junit.jupiter.api.Test;
import org.syncscope.kafka.monitor.LinkSpec;
import org.syncscope.kafka.monitor.MonitoringService;
import org.syncscope.resolution.ConflictState;
import org.syncscope.resolution.FieldDiff;
import org.syncscope.resolution.ResolutionService;
import org.syncscope.resolution.StoredConflict;
import org.syncscope.testing.ui.Screenshots;
import org.syncscope.testing.ui.UiWait;
import org.syncscope.ui.conflicts.ConflictPrompts;
import org.syncscope.ui.conflicts.ConflictsPart;
import org.syncscope.ui.demo.DemoController;
import org.syncscope.ui.demo.DemoKind;

import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * A conflict of the CDC demo in the conflict console: the same customer updated in both PostgreSQL regions
 * within a moment, found from Debezium's before-images, shown three-way: the base row (the ancestor) and
 * both regions' rows, column by column. Keeping one version writes it into the link's source database, whose
 * connector captures it and whose sink carries it into the other region's database: it comes back on that
 * region's topic with the source region as its origin.
 */
class CdcConflictConsoleTest {

	private static final Duration TIMEOUT = Duration.ofSeconds(30);
	private static final Duration DEMO_TIMEOUT = Duration.ofSeconds(180);

	private final Display display = Display.getCurrent();

	@Test
	void aConflictOfTwoDatabasesIsShownThreeWayAndKeepingAVersionWritesItIntoBoth() {
		MApplication application = ConsoleWorkbench.application();
		RecordingPrompts prompts = new RecordingPrompts();
		prompts.reason = "UI test: one region's row kept, written into the databases";
		application.getContext().set(ConflictPrompts.class, prompts);
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

			keepTheFirstVersion(application, console, conflict, prompts);
			UiWait.processEvents(display);
			Screenshots.ofShell(shell, "cdc-conflict-written-back");
		} finally {
			demo.stop();
		}
	}

	/**
	 * Keeps the conflict's first version: the conflict is RESOLVED, and the kept row, written into the link's
	 * source database, arrives on the target region's topic (the sink wrote it there) with the source's origin.
	 */
	private void keepTheFirstVersion(MApplication application, ConflictsPart console, StoredConflict conflict,
			RecordingPrompts prompts) {
		ResolutionService service = application.getContext().get(ResolutionService.class);
		LinkSpec link = service.link(conflict.linkId()).orElseThrow();
		ObjectNode kept = conflict.siblings().get(0).payload().toObjectNode();
		long clicked = System.currentTimeMillis();
		ConsoleWorkbench.push(console.mergeView().control(), "Keep v1");
		UiWait.until(display, "the conflict on " + conflict.key() + " to be resolved", TIMEOUT,
				() -> ConsoleWorkbench.state(service, conflict.id()) == ConflictState.RESOLVED);
		assertTrue(prompts.failures.isEmpty(), prompts.failures.toString());

		String bootstrap = application.getContext().get(MonitoringService.class).clusters().get(0).bootstrapServers();
		String targetTopic = link.targetReplica() + ".public.customers";
		CompletableFuture<Boolean> carried = CompletableFuture.supplyAsync(() -> DebeziumTopic.carries(bootstrap,
				targetTopic, change -> change.key().equals(conflict.key()) && change.after().isPresent()
						&& sameColumns(change.after().get(), kept, List.of("name", "credit"))
						&& link.sourceReplica().equals(change.after().get().path("syncscope_origin").asText())
						&& change.source().commitMillis().orElse(0) >= clicked,
				DEMO_TIMEOUT));
		UiWait.until(display, "the kept row to reach " + targetTopic, DEMO_TIMEOUT.plusSeconds(10), carried::isDone);
		assertTrue(carried.join(), "the kept row of " + conflict.key() + " written into " + link.targetReplica()
				+ "'s database by the sink, with " + link.sourceReplica() + " as its origin");
	}

	private static boolean sameColumns(ObjectNode row, ObjectNode kept, List<String> columns) {
		return columns.stream().allMatch(column -> row.path(column).equals(kept.path(column)));
	}

	/** A conflict of the CDC demo's customers, known in full with its ancestor, waiting for a person. */
	private static Optional<StoredConflict> cdcConflict(ConflictsPart console) {
		Object input = console.tableViewer().getInput();
		if (!(input instanceof List<?> conflicts)) {
			return Optional.empty();
		}
		return conflicts.stream().map(StoredConflict.class::cast)
				.filter(c -> c.key().startsWith("public.customers[") && c.complete() && c.siblings().size() == 2
						&& c.ancestor().isPresent() && ConsoleWorkbench.waitsForAPerson(c))
				.findFirst();
	}
}
