package org.syncscope.core.lag;

/** Where a time lag figure came from, so that the console can mark estimates as such. */
public enum TimeLagSource {
	/** Nothing is behind: the time lag is zero by definition. */
	CAUGHT_UP,
	/** Measured: the timestamp of the record at the committed offset. */
	RECORD_TIMESTAMP,
	/** Estimated between two log-end samples that bracket the committed offset. */
	INTERPOLATED,
	/** Estimated beyond the oldest log-end sample, at the rate of the oldest samples; a lower confidence. */
	EXTRAPOLATED,
	/** Not enough samples to estimate. */
	UNKNOWN
}
