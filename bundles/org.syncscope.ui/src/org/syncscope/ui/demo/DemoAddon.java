package org.syncscope.ui.demo;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import jakarta.inject.Inject;

import org.eclipse.e4.core.contexts.ContextInjectionFactory;
import org.eclipse.e4.core.contexts.IEclipseContext;
import org.eclipse.e4.core.di.annotations.Optional;
import org.eclipse.e4.ui.di.UIEventTopic;
import org.eclipse.e4.ui.workbench.UIEvents;
import org.osgi.service.event.Event;

/**
 * Puts the workbench's {@link DemoController} into the application context (for File > Start Demo) and
 * starts a demo once the workbench is up when SyncScope runs with {@code -Dsyncscope.demo=true} (the
 * launcher's {@code --demo}: the simulated replicas) or {@code -Dsyncscope.demo=cdc} ({@code --demo cdc}: the
 * CDC pipeline). Closing the workbench stops the demo.
 */
public class DemoAddon {

	/** System property that starts the demo with the workbench. */
	public static final String DEMO_PROPERTY = "syncscope.demo";

	private DemoController controller;

	@PostConstruct
	void createController(IEclipseContext context) {
		controller = ContextInjectionFactory.make(DemoController.class, context);
		context.set(DemoController.class, controller);
	}

	@Inject
	@Optional
	void applicationStarted(@UIEventTopic(UIEvents.UILifeCycle.APP_STARTUP_COMPLETE) Event event) {
		String demo = System.getProperty(DEMO_PROPERTY);
		if (demo != null && !demo.isBlank() && !demo.equalsIgnoreCase("false")) {
			controller.start(DemoKind.named(demo));
		}
	}

	@PreDestroy
	void stopDemo() {
		controller.stop();
	}
}
