package org.syncscope.ui.conflicts.tests;

import java.time.Duration;

import org.eclipse.e4.ui.model.application.MApplication;
import org.eclipse.e4.ui.model.application.ui.basic.MPart;
import org.eclipse.e4.ui.model.application.ui.basic.MWindow;
import org.eclipse.e4.ui.workbench.IWorkbench;
import org.eclipse.e4.ui.workbench.modeling.EPartService;
import org.eclipse.e4.ui.workbench.modeling.EPartService.PartState;
import org.eclipse.swt.widgets.Display;
import org.osgi.framework.BundleContext;
import org.osgi.framework.FrameworkUtil;
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
}
