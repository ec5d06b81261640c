package org.syncscope.ui.topology;

import java.nio.file.Path;

import jakarta.annotation.PostConstruct;
import jakarta.inject.Inject;

import org.eclipse.e4.core.contexts.IEclipseContext;
import org.eclipse.e4.core.di.annotations.Optional;
import org.eclipse.e4.ui.di.UIEventTopic;
import org.eclipse.e4.ui.di.UISynchronize;
import org.eclipse.e4.ui.model.application.ui.basic.MPart;
import org.eclipse.e4.ui.workbench.modeling.EPartService;
import org.eclipse.e4.ui.workbench.modeling.EPartService.PartState;
import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.swt.widgets.Display;
import org.syncscope.connect.monitor.ConnectMonitor;
import org.syncscope.kafka.monitor.MonitoringService;
import org.syncscope.kafka.monitor.SecureStorageCredentials;
import org.syncscope.ui.dashboard.DashboardPart;
import org.syncscope.ui.demo.DemoController;
import org.syncscope.ui.topology.overview.LiveStatusColouring;
import org.syncscope.ui.topology.tree.TopologyTreePart;

/**
 * Puts the operator-facing {@link TopologyPrompts} and the credentials in secure storage into the
 * application context at start-up, where handlers and parts find them and tests can replace them; colours
 * the overview with live status; opens the demo's topology when the demo has started; monitors the topology
 * that is open (again when its credentials change); and selects in the tree a link the dashboard points at.
 */
public class TopologyAddon {

	private static final String TOPOLOGY_PART = "org.syncscope.ui.part.topology";

	@Inject
	private ActiveTopology active;

	private MonitoringFollower follower;

	@PostConstruct
	public void start(IEclipseContext context, MonitoringService monitoring, ConnectMonitor connectMonitor) {
		context.set(TopologyPrompts.class, new DialogPrompts());
		context.set(SecureStorageCredentials.class, SecureStorageCredentials.ofDefaultStorage());
		follower = new MonitoringFollower(monitoring, connectMonitor,
				() -> context.get(SecureStorageCredentials.class), active::status);
		// add-ons are made on the UI thread while the workbench starts
		new LiveStatusColouring(context, monitoring, connectMonitor, Display.getCurrent()).start();
	}

	/** Monitors the topology the operator opens. */
	@Inject
	@Optional
	void documentOpened(TopologyDocument document) {
		if (follower != null) {
			follower.follow(document.topology());
		}
	}

	/** Monitors the open topology again with the credentials the operator just stored. */
	@Inject
	@Optional
	void credentialsChanged(@UIEventTopic(TopologyUi.TOPIC_CREDENTIALS_CHANGED) String clusterName) {
		if (follower != null) {
			active.document().ifPresent(document -> follower.follow(document.topology()));
		}
	}

	/** Shows a link the dashboard asked for (double-click) selected in the topology tree. */
	@Inject
	@Optional
	void revealLink(@UIEventTopic(DashboardPart.TOPIC_REVEAL_LINK) String linkId, EPartService parts) {
		active.document().map(document -> document.topology().findLink(linkId)).ifPresent(link -> {
			MPart tree = parts.showPart(TOPOLOGY_PART, PartState.ACTIVATE);
			if (tree != null && tree.getObject() instanceof TopologyTreePart part) {
				part.viewer().setSelection(new StructuredSelection(link), true);
			}
		});
	}

	@Inject
	@Optional
	void demoStarted(@UIEventTopic(DemoController.TOPIC_DEMO_STARTED) Path topologyFile, UISynchronize ui) {
		// never replace what the operator has open (now or by the time the file is read), except another
		// demo's topology left unchanged: the demo that just started is what the operator wants to see
		if (replaceable(topologyFile)) {
			active.openInBackground(topologyFile, ui, () -> replaceable(topologyFile),
					e -> active.status("Could not open the demo topology: " + e.getMessage()));
		}
	}

	private boolean replaceable(Path demoTopology) {
		return active.document().map(open -> !open.file().equals(demoTopology) && !open.isDirty()
				&& isDemoFolder(open.file().getParent(), demoTopology.getParent())).orElse(true);
	}

	/** Whether {@code folder} is a demo's folder beside {@code demoFolder} (the workspace's demo, demo-cdc). */
	private static boolean isDemoFolder(Path folder, Path demoFolder) {
		return folder != null && folder.getFileName() != null && folder.getFileName().toString().startsWith("demo")
				&& folder.getParent() != null && folder.getParent().equals(demoFolder.getParent());
	}
}
