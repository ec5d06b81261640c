package org.syncscope.replay.cli;

import java.nio.file.Path;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

import org.eclipse.core.runtime.NullProgressMonitor;
import org.eclipse.core.runtime.Platform;
import org.eclipse.equinox.app.IApplication;
import org.eclipse.equinox.app.IApplicationContext;
import org.syncscope.store.SyncScopeStore;

/**
 * The headless replay as an Equinox application ({@code -application org.syncscope.replay.cli}, what the
 * launcher's {@code syncscope replay} passes). The store is the workspace's, the one the workbench uses
 * ({@code .syncscope/store}), unless {@code --store} says otherwise; Ctrl-C cancels cleanly (the open batch is aborted and the job recorded as cancelled).
 */
public final class ReplayApplication implements IApplication {

	private final NullProgressMonitor monitor = new NullProgressMonitor();
	private final CountDownLatch finished = new CountDownLatch(1);

	@Override
	public Object start(IApplicationContext context) {
		String[] args = (String[]) context.getArguments().get(IApplicationContext.APPLICATION_ARGS);
		context.applicationRunning();
		Thread cancelOnInterrupt = new Thread(this::cancelAndWait, "syncscope-replay-cancel");
		Runtime.getRuntime().addShutdownHook(cancelOnInterrupt);
		try {
			return new ReplayCommand(System.out, System.err, defaultStore()).run(args, monitor);
		} finally {
			finished.countDown();
			try {
				Runtime.getRuntime().removeShutdownHook(cancelOnInterrupt);
			} catch (IllegalStateException shuttingDown) {
				// the hook runs already
			}
		}
	}

	private void cancelAndWait() {
		monitor.setCanceled(true);
		try {
			finished.await(30, TimeUnit.SECONDS);
		} catch (InterruptedException e) {
			Thread.currentThread().interrupt();
		}
	}

	private static Path defaultStore() {
		return SyncScopeStore.inWorkspace(Path.of(Platform.getInstanceLocation().getURL().getPath()));
	}

	@Override
	public void stop() {
		monitor.setCanceled(true);
	}
}
