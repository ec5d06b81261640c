package org.syncscope.ui.replay;

import java.nio.file.Path;
import java.sql.SQLException;

import org.eclipse.core.runtime.ILog;
import org.eclipse.core.runtime.Platform;
import org.eclipse.core.runtime.Status;
import org.syncscope.replay.ReplayException;
import org.syncscope.replay.ReplayService;
import org.syncscope.replay.ReplaySettings;
import org.syncscope.store.StoreException;
import org.syncscope.store.SyncScopeStore;

/**
 * The workbench's replay service over the workspace's store ({@code <workspace>/store}, the one the command
 * line uses too), opened on first use. Opening Derby touches the disk, so {@link #service()} is called only
 * from jobs and wizard runnables, never on the UI thread.
 */
public final class ReplayAccess implements AutoCloseable {

	private final Path storeDirectory;
	private final ReplaySettings settings;
	private SyncScopeStore store;
	private ReplayService service;

	public ReplayAccess(Path storeDirectory) {
		this(storeDirectory, ReplaySettings.DEFAULT);
	}

	public ReplayAccess(Path storeDirectory, ReplaySettings settings) {
		this.storeDirectory = storeDirectory;
		this.settings = settings;
	}

	/** The workspace's store folder. */
	public static Path workspaceStore() {
		return Path.of(Platform.getInstanceLocation().getURL().getPath()).resolve("store");
	}

	/** The service, opening the store if needed. */
	public synchronized ReplayService service() throws ReplayException {
		if (service == null) {
			try {
				store = SyncScopeStore.open(storeDirectory);
			} catch (SQLException | StoreException e) {
				throw new ReplayException("The store in " + storeDirectory + " cannot be opened: " + e.getMessage(), e);
			}
			service = new ReplayService(store, settings);
		}
		return service;
	}

	/** Shuts the store down if it was opened. */
	@Override
	public synchronized void close() {
		if (store != null) {
			try {
				store.close();
			} catch (SQLException e) {
				ILog.of(ReplayAccess.class).log(Status.warning("The replay store did not shut down cleanly", e));
			}
			store = null;
			service = null;
		}
	}
}
