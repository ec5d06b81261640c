package org.syncscope.ui.conflicts.tests;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import org.eclipse.e4.ui.model.application.MApplication;
import org.eclipse.e4.ui.model.application.ui.MUIElement;
import org.eclipse.e4.ui.model.application.ui.basic.MPart;
import org.eclipse.e4.ui.model.application.ui.basic.MWindow;
import org.eclipse.e4.ui.workbench.IWorkbench;
import org.eclipse.e4.ui.workbench.modeling.EModelService;
import org.eclipse.e4.ui.workbench.modeling.EPartService;
import org.eclipse.e4.ui.workbench.modeling.EPartService.PartState;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TableItem;
import org.osgi.framework.BundleContext;
import org.osgi.framework.FrameworkUtil;
import org.syncscope.core.policy.Resolution;
import org.syncscope.resolution.ConflictState;
import org.syncscope.resolution.ResolutionException;
import org.syncscope.resolution.ResolutionService;
import org.syncscope.resolution.StoredConflict;
import org.syncscope.testing.ui.UiWait;
import org.syncscope.ui.conflicts.ConflictsPart;

/** The running workbench as the UI test harness starts it, and its conflict console. */
final class ConsoleWorkbench {

	private ConsoleWorkbench() {
	}

	static MApplication application() {
		BundleContext context = FrameworkUtil.getBundle(ConsoleWorkbench.class).getBundleContext();
		return context.getService(context.getServiceReference(IWorkbench.class)).getApplication();
	}

	/** The main window, once it shows (waiting at most {@code timeout}). */
	static MWindow mainWindow(Display display, Duration timeout) {
		MApplication application = application();
		UiWait.until(display, "the SyncScope window", timeout,
				() -> !application.getChildren().isEmpty() && application.getChildren().get(0).getWidget() != null);
		return application.getChildren().get(0);
	}

	/** Activates the Conflicts part of {@code window}; its model, once the console replaced the placeholder. */
	static MPart showConsole(MWindow window, Display display, Duration timeout) {
		MPart part = window.getContext().get(EPartService.class).showPart(ConflictsPart.ID, PartState.ACTIVATE);
		UiWait.until(display, "the console to replace the placeholder part", timeout,
				() -> part.getObject() instanceof ConflictsPart);
		return part;
	}

	/** The texts of the merge view's row for {@code field}, joined with bars. */
	static String rowText(Composite root, String field) {
		Table fields = descendants(root, Table.class).stream().filter(t -> "fields".equals(t.getData("org.syncscope.id")))
				.findFirst().orElseThrow();
		for (TableItem item : fields.getItems()) {
			if (item.getText(0).equals(field)) {
				StringBuilder text = new StringBuilder();
				for (int i = 0; i < fields.getColumnCount(); i++) {
					text.append(item.getText(i)).append(" | ");
				}
				return text.toString();
			}
		}
		throw new AssertionError("no row " + field);
	}

	/** Every control of {@code type} under {@code root}. */
	static <T extends Control> List<T> descendants(Composite root, Class<T> type) {
		List<T> found = new ArrayList<>();
		for (Control child : root.getChildren()) {
			if (type.isInstance(child)) {
				found.add(type.cast(child));
			}
			if (child instanceof Composite composite) {
				found.addAll(descendants(composite, type));
			}
		}
		return found;
	}

	/** Gives the bottom stack (conflicts) most of the window for the screenshots. */
	static void enlargeBottomStack(MWindow window) {
		EModelService models = window.getContext().get(EModelService.class);
		MUIElement top = models.find("org.syncscope.ui.sash.top", window);
		MUIElement bottom = models.find("org.syncscope.ui.stack.bottom", window);
		top.setContainerData("35");
		bottom.setContainerData("65");
	}

	/** The state of conflict {@code id} as the service has it now. */
	static ConflictState state(ResolutionService service, long id) {
		try {
			return service.conflict(id).orElseThrow().state();
		} catch (SQLException e) {
			throw new AssertionError(e);
		}
	}

	/** Pushes the enabled button under {@code root} whose text (mnemonics aside) starts with {@code textStart}. */
	static void push(Composite root, String textStart) {
		Button button = descendants(root, Button.class).stream()
				.filter(b -> b.getText().replace("&", "").startsWith(textStart)).findFirst()
				.orElseThrow(() -> new AssertionError("no button " + textStart));
		assertTrue(button.isEnabled(), textStart + " is enabled");
		button.notifyListeners(SWT.Selection, new Event());
	}

	/**
	 * Whether {@code conflict} waits for a person: its link's policy cannot decide it, so no automatic policy
	 * resolves it while a test works on it.
	 */
	static boolean waitsForAPerson(StoredConflict conflict) {
		ResolutionService service = application().getContext().get(ResolutionService.class);
		try {
			return service != null && service.advise(conflict) instanceof Resolution.Manual;
		} catch (ResolutionException notMonitored) {
			return false;
		}
	}
}
