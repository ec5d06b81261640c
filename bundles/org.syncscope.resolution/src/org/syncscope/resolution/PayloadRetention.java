package org.syncscope.resolution;

import java.time.Clock;
import java.time.Duration;
import java.util.function.Consumer;

/**
 * Applies the links' payload retention now and then: the captured events of conflicts closed longer ago than
 * their link keeps them are purged ({@link ResolutionService#purgeExpiredPayloads}). Runs on its own thread.
 */
public final class PayloadRetention implements AutoCloseable {

	private final ResolutionService service;
	private final Clock clock;
	private final Periodic rounds;

	/** Purges with {@code service}; reports failures to {@code errors}. */
	public PayloadRetention(ResolutionService service, Clock clock, Consumer<String> errors) {
		this.service = service;
		this.clock = clock;
		this.rounds = new Periodic("Purging expired payloads", "syncscope-payload-retention", errors);
	}

	/** Purges now, then every {@code every}. */
	public void start(Duration every) {
		rounds.start(Duration.ZERO, every, () -> service.purgeExpiredPayloads(clock.instant()));
	}

	@Override
	public void close() {
		rounds.close();
	}
}
