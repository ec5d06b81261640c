package org.syncscope.ui.replay;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import jakarta.inject.Inject;

import org.eclipse.e4.core.contexts.IEclipseContext;
import org.eclipse.e4.core.di.annotations.Optional;
import org.syncscope.replay.ReplaySettings;
import org.syncscope.store.SyncScopeStore;

/**
 * Puts {@link ReplayAccess} into the application context at start-up (tests may replace it with one on
 * another store): replays are recorded in the workspace's store, which the store add-on opens in the
 * background and puts into the context.
 */
public class ReplayAddon {

	private volatile SyncScopeStore workspaceStore;
	private ReplayAccess access;

	@PostConstruct
	void start(IEclipseContext context) {
		if (context.get(ReplayAccess.class) == null) {
			access = ReplayAccess.shared(() -> workspaceStore, ReplaySettings.DEFAULT);
			context.set(ReplayAccess.class, access);
		}
	}

	/** Called when the store add-on has opened the workspace's store (and at creation, with null until then). */
	@Inject
	@Optional
	void storeOpened(SyncScopeStore store) {
		workspaceStore = store;
	}

	@PreDestroy
	void stop() {
		if (access != null) {
			access.close();
		}
	}
}
