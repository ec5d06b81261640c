package org.syncscope.ui.replay;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;

import org.eclipse.e4.core.contexts.IEclipseContext;

/**
 * Puts {@link ReplayAccess} into the application context at start-up (tests may replace it with one on
 * another store) and shuts its store down with the workbench.
 */
public class ReplayAddon {

	private ReplayAccess access;

	@PostConstruct
	void start(IEclipseContext context) {
		if (context.get(ReplayAccess.class) == null) {
			access = new ReplayAccess(ReplayAccess.workspaceStore());
			context.set(ReplayAccess.class, access);
		}
	}

	@PreDestroy
	void stop() {
		if (access != null) {
			access.close();
		}
	}
}
