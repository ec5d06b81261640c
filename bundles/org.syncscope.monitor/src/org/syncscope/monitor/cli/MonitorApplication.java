package org.syncscope.monitor.cli;

import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

import org.eclipse.equinox.app.IApplication;
import org.eclipse.equinox.app.IApplicationContext;
import org.syncscope.kafka.monitor.SecureStorageCredentials;

/**
 * The headless monitor as an Equinox application ({@code -application org.syncscope.monitor.cli}, what the
 * launcher's {@code syncscope monitor} passes), with the credentials of the user's Eclipse secure storage. Ctrl-C ends a repeating run cleanly: the monitoring clients
 * and the metrics server are closed before the process exits.
 */
public final class MonitorApplication implements IApplication {

	private final MonitorCommand command = new MonitorCommand(System.out, System.err,
			SecureStorageCredentials.DEFAULT);
	private final CountDownLatch finished = new CountDownLatch(1);

	@Override
	public Object start(IApplicationContext context) {
		String[] args = (String[]) context.getArguments().get(IApplicationContext.APPLICATION_ARGS);
		context.applicationRunning();
		Thread stopOnInterrupt = new Thread(this::stopAndWait, "syncscope-monitor-stop");
		Runtime.getRuntime().addShutdownHook(stopOnInterrupt);
		try {
			return command.run(args);
		} finally {
			finished.countDown();
			try {
				Runtime.getRuntime().removeShutdownHook(stopOnInterrupt);
			} catch (IllegalStateException shuttingDown) {
				// the hook runs already
			}
		}
	}

	private void stopAndWait() {
		command.stop();
		try {
			finished.await(30, TimeUnit.SECONDS);
		} catch (InterruptedException e) {
			Thread.currentThread().interrupt();
		}
	}

	@Override
	public void stop() {
		command.stop();
	}
}
