package org.syncscope.core.lag;

import java.time.Duration;
import java.util.Optional;

/**
 * The age of the oldest unapplied event of a partition and how it was obtained.
 *
 * @param lag the age, empty when it cannot be estimated
 * @param source how it was measured or estimated
 */
public record TimeLag(Optional<Duration> lag, TimeLagSource source) {

	static TimeLag of(long millis, TimeLagSource source) {
		return new TimeLag(Optional.of(Duration.ofMillis(Math.max(0, millis))), source);
	}

	static TimeLag unknown() {
		return new TimeLag(Optional.empty(), TimeLagSource.UNKNOWN);
	}
}
