package org.syncscope.ui.tests;

import java.time.Duration;
import java.util.List;

import org.eclipse.e4.ui.model.application.ui.basic.MPart;
import org.eclipse.e4.ui.workbench.IWorkbench;
import org.eclipse.e4.ui.workbench.modeling.EModelService;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Shell;
import org.osgi.framework.BundleContext;
import org.osgi.framework.FrameworkUtil;
import org.syncscope.kafka.monitor.MonitoringService;
import org.syncscope.testing.ui.UiWait;
import org.syncscope.testing.ui.Widgets;

/** The running workbench, reached through its OSGi service as the UI test harness starts it. */
final class Workbench {

	private Workbench() {
	}

	static IWorkbench get() {
		BundleContext context = FrameworkUtil.getBundle(Workbench.class).getBundleContext();
		return context.getService(context.getServiceReference(IWorkbench.class));
	}

	/** The SyncScope main window, once it shows (waiting at most {@code timeout}). */
	static Shell mainWindow(Display display, Duration timeout) {
		UiWait.until(display, "the SyncScope window", timeout,
				() -> Widgets.shellTitled(display, "SyncScope").isPresent());
		return Widgets.shellTitled(display, "SyncScope").orElseThrow();
	}

	/** Shows the Dashboard part through the main window's Window &gt; Dashboard, as an operator would. */
	static void showDashboard(Shell window) {
		Widgets.select(Widgets.menuItem(Widgets.menuItem(window.getMenuBar(), "Window").getMenu(), "Dashboard"));
	}

	/** Picks the live five-minute window (an earlier test may have left a custom window or a zoom). */
	static void followTheLastFiveMinutes(Shell window) {
		Combo windows = Widgets.descendants(window, Combo.class,
				combo -> List.of(combo.getItems()).contains("Last 5 minutes")).get(0);
		windows.select(List.of(windows.getItems()).indexOf("Last 5 minutes"));
		windows.notifyListeners(SWT.Selection, new Event());
	}

	/** The id of the monitored link named {@code name}. */
	static String linkId(String name) {
		MonitoringService monitoring = get().getApplication().getContext().get(MonitoringService.class);
		return monitoring.latest().links().stream().filter(link -> link.link().name().equals(name)).findFirst()
				.orElseThrow(() -> new AssertionError("no monitored link named " + name)).link().id();
	}

	static MPart part(String id) {
		IWorkbench workbench = get();
		EModelService models = workbench.getApplication().getContext().get(EModelService.class);
		List<MPart> parts = models.findElements(workbench.getApplication(), id, MPart.class);
		if (parts.size() != 1) {
			throw new AssertionError("expected one part " + id + ", found " + parts.size());
		}
		return parts.get(0);
	}
}
