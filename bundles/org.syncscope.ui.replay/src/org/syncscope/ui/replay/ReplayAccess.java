package org.syncscope.ui.replay;

import java.nio.file.Path;
import java.sql.SQLException;
import java.util.function.Supplier;

import org.eclipse.core.runtime.ILog;
import org.eclipse.core.runtime.Status;
import org.syncscope.replay.ReplayException;
import org.syncscope.replay.ReplayService;
import org.syncscope.replay.ReplaySettings;
import org.syncscope.store.StoreException;
import org.syncscope.store.SyncScopeStore;

/**
 * The workbench's replay service over a store: the workspace's, which the store add-on opens and shares with
 * history, conflicts and the audit log (and which the command line uses when no workbench runs), or one of its
 * own in a folder (tests). Opening Derby touches the disk, so {@link #service()} is called only from jobs and
 * wizard runnables, never on the UI thread.
 */
public final class ReplayAccess implements AutoCloseable {

	private final Supplier<SyncScopeStore> sharedStore;
	private final Path ownStoreDirectory;
	private final ReplaySettings settings;
	private SyncScopeStore ownStore;
	private ReplayService service;

	/** Replays recorded in a store of their own in {@code storeDirectory}, opened on first use. */
	public ReplayAccess(Path storeDirectory, ReplaySettings settings) {
		this(null, storeDirectory, settings);
	}

	private ReplayAccess(Supplier<SyncScopeStore> sharedStore, Path ownStoreDirectory, ReplaySettings settings) {
		this.sharedStore = sharedStore;
		this.ownStoreDirectory = ownStoreDirectory;
		this.settings = settings;
	}

	/** Replays recorded in the store {@code store} supplies once it is open (null before); not closed here. */
	public static ReplayAccess shared(Supplier<SyncScopeStore> store, ReplaySettings settings) {
		return new ReplayAccess(store, null, settings);
	}

	/** Whether {@link #service()} can have a store: its own, or the shared one once it is open. */
	public boolean isReady() {
		return sharedStore == null || sharedStore.get() != null;
	}

	/** The service, opening the store if needed. */
	public synchronized ReplayService service() throws ReplayException {
		if (service == null) {
			service = new ReplayService(sharedStore != null ? openedSharedStore() : openOwnStore(), settings);
		}
		return service;
	}

	private SyncScopeStore openedSharedStore() throws ReplayException {
		SyncScopeStore store = sharedStore.get();
		if (store == null) {
			throw new ReplayException("The workspace's store is not open (yet): replays are recorded there. "
					+ "If it cannot be opened, the status line says why.");
		}
		return store;
	}

	private SyncScopeStore openOwnStore() throws ReplayException {
		try {
			ownStore = SyncScopeStore.open(ownStoreDirectory);
			return ownStore;
		} catch (SQLException | StoreException e) {
			throw new ReplayException("The store in " + ownStoreDirectory + " cannot be opened: " + e.getMessage(), e);
		}
	}

	/** Shuts down a store of its own if it was opened (the shared one belongs to the store add-on). */
	@Override
	public synchronized void close() {
		if (ownStore != null) {
			try {
				ownStore.close();
			} catch (SQLException e) {
				ILog.of(ReplayAccess.class).log(Status.warning("The replay store did not shut down cleanly", e));
			}
			ownStore = null;
		}
		service = null;
	}
}
