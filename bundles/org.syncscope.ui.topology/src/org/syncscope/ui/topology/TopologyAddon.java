package org.syncscope.ui.topology;

import jakarta.annotation.PostConstruct;

import org.eclipse.e4.core.contexts.IEclipseContext;

/**
 * Puts the operator-facing {@link TopologyPrompts} into the application context at start-up, where
 * handlers and parts find it and tests can replace it.
 */
public class TopologyAddon {

	@PostConstruct
	public void start(IEclipseContext context) {
		context.set(TopologyPrompts.class, new DialogPrompts());
	}
}
