package org.syncscope.resolution;

import java.time.Duration;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;

/**
 * Runs one round of background work again and again on a daemon thread of its own, until closed; a round that
 * fails is reported and the next one runs as planned.
 */
final class Periodic implements AutoCloseable {

	/** One round of the work. */
	@FunctionalInterface
	interface Round {
		void run() throws Exception;
	}

	private final String what;
	private final Consumer<String> errors;
	private final ScheduledExecutorService timer;

	/** Work named {@code what} on a thread named {@code threadName}; failures go to {@code errors}. */
	Periodic(String what, String threadName, Consumer<String> errors) {
		this.what = what;
		this.errors = errors;
		this.timer = Executors.newSingleThreadScheduledExecutor(Thread.ofPlatform().daemon().name(threadName).factory());
	}

	/** Runs {@code round} after {@code first}, then {@code every} after each round ends. */
	void start(Duration first, Duration every, Round round) {
		timer.scheduleWithFixedDelay(() -> {
			try {
				round.run();
			} catch (Exception e) {
				errors.accept(what + " failed: " + e.getMessage());
			}
		}, first.toMillis(), every.toMillis(), TimeUnit.MILLISECONDS);
	}

	@Override
	public void close() {
		timer.shutdownNow();
		try {
			timer.awaitTermination(10, TimeUnit.SECONDS);
		} catch (InterruptedException e) {
			Thread.currentThread().interrupt();
		}
	}
}
