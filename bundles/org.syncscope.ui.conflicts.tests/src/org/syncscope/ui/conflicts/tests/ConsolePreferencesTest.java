package org.syncscope.ui.conflicts.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.time.Duration;

import org.eclipse.e4.ui.model.application.ui.basic.MPart;
import org.eclipse.e4.ui.model.application.ui.basic.MWindow;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Text;
import org.junit.jupiter.api.Test;
import org.syncscope.resolution.ConsoleSettings;
import org.syncscope.resolution.ResolutionService;
import org.syncscope.testing.ui.ModalDialogs;
import org.syncscope.testing.ui.PreferenceDialogs;
import org.syncscope.testing.ui.Screenshots;
import org.syncscope.testing.ui.UiWait;
import org.syncscope.testing.ui.Widgets;
import org.syncscope.ui.conflicts.ConflictsPart;
import org.syncscope.ui.conflicts.ConsolePreferences;

/**
 * Window > Preferences > Conflict Console: the operator sets the name the audit trail records and switches
 * read-only mode on; the running console applies both at once (its banner and its service), and switching
 * read-only off again re-enables changes.
 */
class ConsolePreferencesTest {

	private static final Duration TIMEOUT = Duration.ofSeconds(60);

	private final Display display = Display.getCurrent();

	@Test
	void theOperatorNameAndReadOnlyModeApplyToTheRunningConsoleAtOnce() throws Exception {
		MWindow window = ConsoleWorkbench.mainWindow(display, TIMEOUT);
		Shell shell = (Shell) window.getWidget();
		MPart part = ConsoleWorkbench.showConsole(window, display, TIMEOUT);
		UiWait.until(display, "the console's service", TIMEOUT,
				() -> ((ConflictsPart) part.getObject()).service().isPresent());
		ResolutionService service = ((ConflictsPart) part.getObject()).service().orElseThrow();
		assertFalse(service.settings().readOnly(), "the console starts writable");
		try {
			ModalDialogs.operate(display, "Preferences", TIMEOUT, dialog -> {
				PreferenceDialogs.showPage(dialog, "Conflict Console");
				UiWait.until(display, "the Conflict Console page", TIMEOUT, () -> !Widgets.descendants(dialog, Text.class,
						text -> text.getMessage().endsWith("(the system user)")).isEmpty());
				Text operator = Widgets.descendants(dialog, Text.class,
						text -> text.getMessage().endsWith("(the system user)")).get(0);
				operator.setText("night-shift");
				Button readOnly = Widgets.descendants(dialog, Button.class,
						button -> button.getText().startsWith("Read-only")).get(0);
				readOnly.setSelection(true);
				UiWait.processEvents(display);
				Screenshots.ofShell(dialog, "preferences-conflict-console");
				PreferenceDialogs.applyAndClose(dialog).notifyListeners(SWT.Selection, new Event());
			}, () -> Widgets.select(Widgets.menuItem(Widgets.menuItem(shell.getMenuBar(), "Window").getMenu(),
					"Preferences…")));

			UiWait.until(display, "the console to be read-only under the new name", TIMEOUT,
					() -> service.settings().readOnly() && "night-shift".equals(service.settings().operator()));
			UiWait.until(display, "the banner to say read-only", TIMEOUT,
					() -> !Widgets.descendants(shell, Label.class,
							label -> label.getText().startsWith("Read-only (viewer)")).isEmpty());
			Screenshots.ofShell(shell, "console-read-only");
			assertEquals("night-shift", ConsolePreferences.operator(), "kept in the workspace preferences");
		} finally {
			ConsolePreferences.set("", false);
		}
		UiWait.until(display, "the console to be writable again", TIMEOUT, () -> !service.settings().readOnly());
		UiWait.until(display, "the banner to name the operator", TIMEOUT,
				() -> !Widgets.descendants(shell, Label.class, label -> label.getText().startsWith("Operator: "))
						.isEmpty());
		assertEquals(ConsoleSettings.systemOperator(), service.settings().operator(), "back to the system user");
	}
}
