package org.syncscope.ui.conflicts.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

import org.eclipse.core.commands.ParameterizedCommand;
import org.eclipse.e4.core.commands.ECommandService;
import org.eclipse.e4.core.commands.EHandlerService;
import org.eclipse.e4.ui.model.application.MApplication;
import org.eclipse.e4.ui.model.application.ui.MUIElement;
import org.eclipse.e4.ui.model.application.ui.basic.MPart;
import org.eclipse.e4.ui.model.application.ui.basic.MWindow;
import org.eclipse.e4.ui.workbench.modeling.EModelService;
import org.eclipse.e4.ui.workbench.modeling.EPartService;
import org.eclipse.e4.ui.workbench.modeling.EPartService.PartState;
import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TableItem;
import org.junit.jupiter.api.Test;
import org.syncscope.core.event.ChangeEvent;
import org.syncscope.resolution.ConflictState;
import org.syncscope.resolution.FieldDiff;
import org.syncscope.resolution.ResolutionService;
import org.syncscope.resolution.SensitiveFields;
import org.syncscope.resolution.StoredConflict;
import org.syncscope.store.audit.AuditEntry;
import org.syncscope.store.audit.AuditQuery;
import org.syncscope.testing.ui.Screenshots;
import org.syncscope.testing.ui.UiWait;
import org.syncscope.ui.conflicts.ConflictPrompts;
import org.syncscope.ui.conflicts.ConflictsPart;
import org.syncscope.ui.conflicts.audit.AuditPart;
import org.syncscope.ui.demo.DemoController;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * The conflict console on the embedded demo in the real workbench: a conflict the simulator produced is
 * selected, its fields are picked from both versions, the merge is applied with a reason, the detector
 * closes the conflict once the resolution is written back, and the audit log shows the action.
 */
class ConflictConsoleTest {

	private static final Duration DEMO_TIMEOUT = Duration.ofSeconds(300);
	private static final Duration TIMEOUT = Duration.ofSeconds(60);

	private final Display display = Display.getCurrent();

	@Test
	void anOperatorMergesASimulatedConflictFieldByFieldAndAppliesItWithAReason() throws Exception {
		MApplication application = ConsoleWorkbench.application();
		MWindow window = ConsoleWorkbench.mainWindow(display, TIMEOUT);
		Shell shell = (Shell) window.getWidget();
		shell.setBounds(display.getBounds());
		ConsoleWorkbench.enlargeBottomStack(window);
		RecordingPrompts prompts = new RecordingPrompts();
		application.getContext().set(ConflictPrompts.class, prompts);
		EPartService parts = window.getContext().get(EPartService.class);
		MPart partModel = ConsoleWorkbench.showConsole(window, display, TIMEOUT);
		ConflictsPart console = (ConflictsPart) partModel.getObject();

		application.getContext().get(DemoController.class).start();
		UiWait.until(display, "a fresh simulated conflict with its ancestor in the console", DEMO_TIMEOUT,
				() -> candidate(console).isPresent());
		Screenshots.ofShell(shell, "conflicts-list");

		StoredConflict conflict = candidate(console).orElseThrow();
		console.tableViewer().setSelection(new StructuredSelection(conflict), true);
		UiWait.until(display, "the merge view to show " + conflict.key(), TIMEOUT,
				() -> console.mergeView().model().map(m -> m.conflict().id() == conflict.id()).orElse(false));
		Composite root = console.mergeView().control();
		assertTrue(ConsoleWorkbench.rowText(root, "customer.email").contains(SensitiveFields.MASK), "the e-mail is masked");

		// both regions changed both fields: take the status of one and the amount of the other
		int statusSide = 0;
		int amountSide = 1;
		for (String field : List.of("status", "amountCents")) {
			assertNotEquals(conflict.siblings().get(0).payload().field(field), conflict.siblings().get(1).payload()
					.field(field), field + " differs between the versions");
		}
		ChangeEvent statusVersion = conflict.siblings().get(statusSide);
		ChangeEvent amountVersion = conflict.siblings().get(amountSide);
		console.mergeView().selectField("status");
		ConsoleWorkbench.push(root, "Use v" + (amountSide + 1));
		console.mergeView().selectField("amountCents");
		ConsoleWorkbench.push(root, "Use v" + (amountSide + 1));
		console.mergeView().selectField("status");
		ConsoleWorkbench.push(root, "Use v" + (statusSide + 1));
		UiWait.processEvents(display);
		Screenshots.ofShell(shell, "conflicts-merge");

		ConsoleWorkbench.push(root, "Apply Merge…");
		ResolutionService service = application.getContext().get(ResolutionService.class);
		UiWait.until(display, "the resolution of " + conflict.key() + " to be written back and seen by the detector",
				TIMEOUT, () -> ConsoleWorkbench.state(service, conflict.id()) == ConflictState.CLOSED);
		assertTrue(prompts.failures.isEmpty(), prompts.failures.toString());
		assertTrue(prompts.asked.get(prompts.asked.size() - 1).startsWith("Apply Merge"), prompts.asked.toString());

		AuditEntry audit = service.audit(new AuditQuery(conflict.linkId(), "RESOLVE_MANUAL_MERGE", conflict.key(), 5))
				.get(0);
		assertEquals(prompts.reason, audit.reason());
		JsonNode written = new ObjectMapper().readTree(audit.after()).get("payload");
		assertEquals(statusVersion.payload().field("status").orElseThrow(), written.get("status"),
				"status picked from the side that changed it");
		assertEquals(amountVersion.payload().field("amountCents").orElseThrow(), written.get("amountCents"),
				"amount picked from the other side");
		assertEquals(SensitiveFields.MASK, written.get("customer").get("email").asText(), "masked in the audit log");

		deferAnotherThroughItsCommand(console, partModel, service, prompts);

		MPart auditModel = parts.showPart(AuditPart.ID, PartState.ACTIVATE);
		UiWait.until(display, "the audit log to list the merge", TIMEOUT, () -> auditModel.getObject() instanceof AuditPart
				&& ((AuditPart) auditModel.getObject()).entries().stream()
						.map(AuditEntry::action).toList().containsAll(List.of("RESOLVE_MANUAL_MERGE", "DEFER")));
		Screenshots.ofShell(shell, "conflicts-audit");
		application.getContext().get(DemoController.class).stop();
	}

	/**
	 * The youngest conflict known in full, with its ancestor, whose status and amount both differ, and which its
	 * link's policy leaves to a person.
	 */
	private static Optional<StoredConflict> candidate(ConflictsPart console) {
		Object input = console.tableViewer().getInput();
		if (!(input instanceof List<?> conflicts)) {
			return Optional.empty();
		}
		Instant recent = Instant.now().minusSeconds(10);
		return conflicts.stream().map(StoredConflict.class::cast)
				.filter(c -> c.complete() && c.siblings().size() == 2 && c.ancestor().isPresent()
						&& c.detectedAt().isAfter(recent) && ConsoleWorkbench.waitsForAPerson(c))
				.filter(c -> FieldDiff.of(c.siblings(), c.ancestor()).rows().stream().filter(FieldDiff.Row::differs)
						.map(FieldDiff.Row::name).toList().containsAll(List.of("status", "amountCents")))
				.max(Comparator.comparing(StoredConflict::detectedAt));
	}

	/** Defers another conflict through the command its key binding runs, as the keyboard would. */
	private void deferAnotherThroughItsCommand(ConflictsPart console, MPart partModel, ResolutionService service,
			RecordingPrompts prompts) {
		UiWait.until(display, "another conflict waiting for a person", TIMEOUT,
				() -> waitingForAPerson(console).isPresent());
		StoredConflict other = waitingForAPerson(console).orElseThrow();
		console.tableViewer().setSelection(new StructuredSelection(other), true);
		ECommandService commands = partModel.getContext().get(ECommandService.class);
		EHandlerService handlers = partModel.getContext().get(EHandlerService.class);
		ParameterizedCommand defer = commands.createCommand("org.syncscope.ui.conflicts.command.defer", null);
		assertTrue(handlers.canExecute(defer), "Defer is enabled for a selected conflict");
		prompts.reason = "UI test: deferred through Ctrl+Shift+D";
		handlers.executeHandler(defer);
		UiWait.until(display, other.key() + " to be deferred", TIMEOUT,
				() -> ConsoleWorkbench.state(service, other.id()) == ConflictState.DEFERRED);
	}

	private static Optional<StoredConflict> waitingForAPerson(ConflictsPart console) {
		return console.tableViewer().getInput() instanceof List<?> conflicts
				? conflicts.stream().map(StoredConflict.class::cast).filter(ConsoleWorkbench::waitsForAPerson)
						.findFirst()
				: Optional.empty();
	}
}
