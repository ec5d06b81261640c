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
 * starts the demo once the workbench is up when SyncScope runs with {@code -Dsyncscope.demo=true} (the
 * launcher's {@code --demo}). Closing the workbench stops the demo.
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
		if (Boolean.getBoolean(DEMO_PROPERTY)) {
			controller.start();
		}
	}

	@PreDestroy
	void stopDemo() {
		controller.stop();
	}
}
