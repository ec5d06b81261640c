package org.syncscope.resolution;

import java.sql.SQLException;
import java.time.Clock;
import java.time.Duration;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;

/**
 * Applies the links' payload retention now and then: the captured events of conflicts closed longer ago than
 * their link keeps them are purged ({@link ResolutionService#purgeExpiredPayloads}). Runs on its own thread.
 */
public final class PayloadRetention implements AutoCloseable {

	private final ResolutionService service;
	private final Clock clock;
	private final Consumer<String> errors;
	private final ScheduledExecutorService timer = Executors
			.newSingleThreadScheduledExecutor(Thread.ofPlatform().daemon().name("syncscope-payload-retention").factory());

	/** Purges with {@code service}; reports failures to {@code errors}. */
	public PayloadRetention(ResolutionService service, Clock clock, Consumer<String> errors) {
		this.service = service;
		this.clock = clock;
		this.errors = errors;
	}

	/** Purges now, then every {@code every}. */
	public void start(Duration every) {
		timer.scheduleWithFixedDelay(() -> {
			try {
				service.purgeExpiredPayloads(clock.instant());
			} catch (SQLException | ResolutionException | RuntimeException e) {
				errors.accept("Purging expired payloads failed: " + e.getMessage());
			}
		}, 0, every.toMillis(), TimeUnit.MILLISECONDS);
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
