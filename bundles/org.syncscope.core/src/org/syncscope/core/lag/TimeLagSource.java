package org.syncscope.core.lag;

/** Where a time lag figure came from, so that the console can mark estimates as such. */
public enum TimeLagSource {
	/** Nothing is behind: the time lag is zero by definition. */
	CAUGHT_UP(false, "Nothing is behind"),
	/** Measured: the timestamp of the record at the committed offset. */
	RECORD_TIMESTAMP(false, "Measured: when the oldest unapplied change was made (its record's timestamp; for "
			+ "Debezium events the source database's commit time)"),
	/** Estimated between two log-end samples that bracket the committed offset. */
	INTERPOLATED(true, "Estimated: the oldest unapplied record could not be read (e.g. deleted by retention), "
			+ "so its time was interpolated between two log-end observations"),
	/** Estimated beyond the oldest log-end sample, at the rate of the oldest samples; a lower confidence. */
	EXTRAPOLATED(true, "Estimated, low confidence: the oldest unapplied record could not be read and lies before "
			+ "every log-end observation, so its time was extrapolated backwards from the oldest write rate"),
	/** Not enough samples to estimate. */
	UNKNOWN(false, "Unknown: the oldest unapplied record could not be read and there are too few observations");

	private final boolean estimate;
	private final String description;

	TimeLagSource(boolean estimate, String description) {
		this.estimate = estimate;
		this.description = description;
	}

	/** Whether a figure from this source is an estimate, to be shown as one. */
	public boolean estimate() {
		return estimate;
	}

	/** How a figure from this source was obtained, in the operator's words. */
	public String description() {
		return description;
	}
}
