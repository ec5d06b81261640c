package org.syncscope.streams.cli;

import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

import org.eclipse.equinox.app.IApplication;
import org.eclipse.equinox.app.IApplicationContext;

/**
 * The streams detector as an Equinox application ({@code -application org.syncscope.streams.detector}, what the
 * launcher's {@code syncscope detector} passes). Ctrl-C or SIGTERM closes the instances cleanly, handing their
 * partitions to the others; a killed process loses nothing either (exactly-once processing).
 */
public final class DetectorApplication implements IApplication {

	private final DetectorCommand command = new DetectorCommand(System.out, System.err);
	private final CountDownLatch finished = new CountDownLatch(1);

	@Override
	public Object start(IApplicationContext context) {
		String[] args = (String[]) context.getArguments().get(IApplicationContext.APPLICATION_ARGS);
		context.applicationRunning();
		Thread stopOnSignal = new Thread(this::stopAndWait, "syncscope-detector-stop");
		Runtime.getRuntime().addShutdownHook(stopOnSignal);
		try {
			return command.run(args);
		} finally {
			finished.countDown();
			try {
				Runtime.getRuntime().removeShutdownHook(stopOnSignal);
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
