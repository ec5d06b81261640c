package org.syncscope.ui.topology.tests;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.function.Predicate;

import org.eclipse.e4.core.contexts.ContextInjectionFactory;
import org.eclipse.e4.core.contexts.IEclipseContext;
import org.eclipse.e4.ui.model.application.MApplication;
import org.eclipse.e4.ui.model.application.ui.basic.MPart;
import org.eclipse.e4.ui.model.application.ui.basic.MWindow;
import org.eclipse.e4.ui.workbench.IWorkbench;
import org.eclipse.e4.ui.workbench.modeling.EPartService;
import org.eclipse.e4.ui.workbench.modeling.EPartService.PartState;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Menu;
import org.eclipse.swt.widgets.MenuItem;
import org.eclipse.swt.widgets.Shell;
import org.osgi.framework.BundleContext;
import org.osgi.framework.FrameworkUtil;
import org.syncscope.testing.ui.UiWait;
import org.syncscope.testing.ui.Widgets;
import org.syncscope.topology.resource.TopologyResources;
import org.syncscope.ui.topology.ActiveTopology;

/** The running SyncScope workbench as the topology editor tests drive it: window, parts, menus, files. */
final class Workbench {

	static final Duration TIMEOUT = Duration.ofSeconds(30);

	final Display display = Display.getCurrent();
	final MApplication application;
	final MWindow window;
	final Shell shell;

	Workbench() {
		BundleContext context = FrameworkUtil.getBundle(Workbench.class).getBundleContext();
		application = context.getService(context.getServiceReference(IWorkbench.class)).getApplication();
		UiWait.until(display, "the SyncScope window", TIMEOUT,
				() -> !application.getChildren().isEmpty() && application.getChildren().get(0).getWidget() != null);
		window = application.getChildren().get(0);
		shell = (Shell) window.getWidget();
		shell.forceActive();
		UiWait.processEvents(display);
	}

	IEclipseContext context() {
		return application.getContext();
	}

	ActiveTopology activeTopology() {
		return ContextInjectionFactory.make(ActiveTopology.class, context());
	}

	/** Shows the part (creating it if needed) and returns its contribution object. */
	<T> T part(String id, Class<T> type, PartState state) {
		MPart part = partService().showPart(id, state);
		UiWait.until(display, "part " + id + " to be created", TIMEOUT, () -> type.isInstance(part.getObject()));
		UiWait.processEvents(display);
		return type.cast(part.getObject());
	}

	MPart partModel(String id) {
		return partService().findPart(id);
	}

	EPartService partService() {
		return window.getContext().get(EPartService.class);
	}

	/** Selects the item {@code path} of the main menu, e.g. "File", "Open Topology…". */
	void mainMenu(String... path) {
		Menu menu = shell.getMenuBar();
		MenuItem item = null;
		for (String text : path) {
			item = menuItem(menu, text);
			menu = item.getMenu();
		}
		select(item);
	}

	static MenuItem menuItem(Menu menu, String text) {
		return Widgets.menuItem(menu, text);
	}

	static void select(MenuItem item) {
		Widgets.select(item);
	}

	static <T extends Control> List<T> descendants(Composite root, Class<T> type, Predicate<T> filter) {
		return Widgets.descendants(root, type, filter);
	}

	/** Opens a copy of the sample in {@code folder} with File &gt; Open Topology…, as {@code prompts} answer. */
	Path openCopyOfSample(RecordingPrompts prompts, Path folder) throws IOException {
		return open(prompts, copyOfSample(folder));
	}

	/** Opens {@code file} with File &gt; Open Topology…, as {@code prompts} answer. */
	Path open(RecordingPrompts prompts, Path file) {
		prompts.filesToOpen.add(file);
		mainMenu("File", "Open Topology…");
		UiWait.until(display, "the sample to open", TIMEOUT,
				() -> activeTopology().document().map(d -> d.file().equals(file)).orElse(false));
		return file;
	}

	/** A copy of the shipped three-region sample in {@code folder}. */
	static Path copyOfSample(Path folder) throws IOException {
		Path file = folder.resolve("three-region.synctopo");
		try (InputStream in = java.net.URI.create(TopologyResources.threeRegionSample().toString()).toURL().openStream()) {
			Files.copy(in, file);
		}
		return file;
	}
}
