package org.syncscope.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.eclipse.core.runtime.ILog;
import org.eclipse.e4.core.services.events.IEventBroker;
import org.eclipse.e4.ui.model.application.ui.menu.MToolControl;
import org.eclipse.e4.ui.workbench.IWorkbench;
import org.eclipse.e4.ui.workbench.modeling.EModelService;
import org.eclipse.swt.custom.CTabFolder;
import org.eclipse.swt.graphics.Rectangle;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Menu;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TableItem;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.syncscope.testing.ui.Screenshots;
import org.syncscope.testing.ui.UiWait;
import org.syncscope.testing.ui.Widgets;
import org.syncscope.ui.about.AboutDialog;
import org.syncscope.ui.status.StatusLine;

/**
 * The real SyncScope workbench, started by the UI test harness under Xvfb: window, menus, layout, status
 * line, log part and About dialog, with screenshots under {@code target/screenshots}.
 */
class WorkbenchWindowTest {

	private static final Duration TIMEOUT = Duration.ofSeconds(30);

	private Display display;
	private Shell window;

	@BeforeEach
	void findMainWindow() {
		display = Display.getCurrent();
		window = Workbench.mainWindow(display, TIMEOUT);
		window.forceActive();
		UiWait.processEvents(display);
	}

	@Test
	void mainWindowHasMenusStatusLineAndTheOperationsLayout() throws Exception {
		List<String> menus = Widgets.itemTexts(window.getMenuBar());
		assertEquals(List.of("File", "Edit"), menus.subList(0, 2));
		assertEquals(List.of("Window", "Help"), menus.subList(menus.size() - 2, menus.size()));
		assertTrue(menus.containsAll(List.of("Conflicts", "Replay")), menus.toString());

		Rectangle topology = stackOf("org.syncscope.ui.part.topology");
		Rectangle dashboard = stackOf("org.syncscope.ui.part.dashboard");
		Rectangle conflicts = stackOf("org.syncscope.ui.part.conflicts");
		assertEquals(stackOf("org.syncscope.ui.part.log"), conflicts, "conflicts and log share the bottom stack");
		assertTrue(topology.x + topology.width <= dashboard.x, "topology is left of the dashboard");
		assertTrue(dashboard.y + dashboard.height <= conflicts.y, "conflicts are below the dashboard");
		assertTrue(dashboard.width > topology.width, "the dashboard has the centre");

		Path screenshot = Screenshots.ofShell(window, "workbench-window");
		assertTrue(Files.size(screenshot) > 0, "screenshot written to " + screenshot);
	}

	@Test
	void statusLineShowsPostedMessages() {
		workbench().getApplication().getContext().get(IEventBroker.class).send(StatusLine.TOPIC_MESSAGE,
				"Connected to 3 clusters");

		UiWait.until(display, "the status line to show the posted message", TIMEOUT,
				() -> "Connected to 3 clusters".equals(statusLineText()));
		Screenshots.ofShell(window, "workbench-status-line");
		workbench().getApplication().getContext().get(IEventBroker.class).send(StatusLine.TOPIC_MESSAGE,
				StatusLine.READY);
	}

	@Test
	void windowMenuShowsTheLogPartWhichListsLoggedErrors() {
		Menu windowMenu = Widgets.menuItem(window.getMenuBar(), "Window").getMenu();
		Widgets.select(Widgets.menuItem(windowMenu, "Log"));
		UiWait.until(display, "the Log tab to be selected", TIMEOUT,
				() -> "Log".equals(bottomFolder().getSelection().getText()));

		ILog.of(getClass()).error("Broker 127.0.0.1:1 is unreachable");

		UiWait.until(display, "the logged error in the Log part", TIMEOUT, () -> Widgets
				.descendants(window, Table.class, t -> true).stream().flatMap(t -> List.of(t.getItems()).stream())
				.anyMatch(item -> item.getText(3).equals("Broker 127.0.0.1:1 is unreachable")
						&& item.getText(1).equals("Error")));
		Screenshots.ofShell(window, "workbench-log-part");
	}

	@Test
	void helpAboutListsTheVersionsOfTheStack() {
		Map<String, String> versions = new LinkedHashMap<>();
		display.timerExec(100, new Runnable() {
			@Override
			public void run() {
				Widgets.shellTitled(display, AboutDialog.TITLE).ifPresentOrElse(dialog -> {
					Screenshots.ofShell(dialog, "about-dialog");
					for (Table table : Widgets.descendants(dialog, Table.class, t -> true)) {
						for (TableItem item : table.getItems()) {
							versions.put(item.getText(0), item.getText(1));
						}
					}
					dialog.close();
				}, () -> display.timerExec(100, this));
			}
		});

		Menu help = Widgets.menuItem(window.getMenuBar(), "Help").getMenu();
		Widgets.select(Widgets.menuItem(help, "About SyncScope"));
		UiWait.until(display, "the About dialog to be read and closed", TIMEOUT, () -> !versions.isEmpty()
				&& Widgets.shellTitled(display, AboutDialog.TITLE).isEmpty());

		assertTrue(versions.get("SyncScope").startsWith("0.1.0"), versions.toString());
		assertEquals("4.4.0", versions.get("Apache Kafka clients"));
		assertEquals("1.5.6", versions.get("JFreeChart"));
		assertTrue(versions.get("Apache Derby").startsWith("10.17"), versions.toString());
		assertTrue(versions.get("EMF Ecore").startsWith("2.43"), versions.toString());
		assertTrue(versions.get("SWT").startsWith("3.135"), versions.toString());
		assertTrue(versions.get("Java runtime").startsWith(System.getProperty("java.version")), versions.toString());
	}

	/** The message of the status line, read from its model element's contribution object. */
	private String statusLineText() {
		IWorkbench workbench = workbench();
		EModelService models = workbench.getApplication().getContext().get(EModelService.class);
		List<MToolControl> controls = models.findElements(workbench.getApplication(), "org.syncscope.ui.statusline",
				MToolControl.class);
		assertEquals(1, controls.size(), "one status line");
		return ((StatusLine) controls.get(0).getObject()).currentMessage();
	}

	/** Where on the screen the part stack holding the part {@code partId} is. */
	private Rectangle stackOf(String partId) {
		CTabFolder folder = (CTabFolder) Workbench.part(partId).getParent().getWidget();
		return display.map(folder.getParent(), null, folder.getBounds());
	}

	private CTabFolder bottomFolder() {
		return Widgets.descendants(window, CTabFolder.class,
				f -> List.of(f.getItems()).stream().anyMatch(i -> i.getText().equals("Log"))).get(0);
	}

	private static IWorkbench workbench() {
		return Workbench.get();
	}
}
