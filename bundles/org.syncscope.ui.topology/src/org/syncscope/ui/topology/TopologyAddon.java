package org.syncscope.ui.topology;

import java.nio.file.Path;

import jakarta.annotation.PostConstruct;
import jakarta.inject.Inject;

import org.eclipse.e4.core.contexts.IEclipseContext;
import org.eclipse.e4.core.di.annotations.Optional;
import org.eclipse.e4.ui.di.UIEventTopic;
import org.eclipse.swt.widgets.Display;
import org.syncscope.kafka.monitor.MonitoringService;
import org.syncscope.topology.resource.TopologyLoadException;
import org.syncscope.ui.demo.DemoController;
import org.syncscope.ui.topology.overview.LiveStatusColouring;

/**
 * Puts the operator-facing {@link TopologyPrompts} into the application context at start-up, where
 * handlers and parts find it and tests can replace it; colours the overview with live status; and opens
 * the demo's topology when the demo has started.
 */
public class TopologyAddon {

	@Inject
	private ActiveTopology active;

	@PostConstruct
	public void start(IEclipseContext context, MonitoringService monitoring) {
		context.set(TopologyPrompts.class, new DialogPrompts());
		// add-ons are made on the UI thread while the workbench starts
		new LiveStatusColouring(context, monitoring, Display.getCurrent()).start();
	}

	@Inject
	@Optional
	void demoStarted(@UIEventTopic(DemoController.TOPIC_DEMO_STARTED) Path topologyFile) {
		if (active.document().isPresent()) {
			return; // never replace what the operator has open
		}
		try {
			active.open(topologyFile);
		} catch (TopologyLoadException e) {
			active.status("Could not open the demo topology: " + e.getMessage());
		}
	}
}
