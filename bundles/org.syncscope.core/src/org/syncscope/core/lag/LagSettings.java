package org.syncscope.core.lag;

/**
 * Per-link settings of the lag evaluation. The thresholds answer what Burrow's users keep asking for: a
 * status alone says whether lag grows, not whether it matters, so a link also has a time lag above which it
 * is WARNING and one above which it is CRITICAL, whatever the status. {@code minStopSeconds} keeps a window
 * with a single commit (span zero) from being judged STOPPED after a moment. {@code allowedLag} is Burrow's
 * allowed lag: a partition at most that far behind counts as caught up.
 *
 * @param warningSeconds time lag from which the severity is at least WARNING; {@link #DISABLED} for none
 * @param criticalSeconds time lag from which the severity is CRITICAL; {@link #DISABLED} for none
 * @param minStopSeconds least time records must wait before a partition can be STOPPED or STALLED
 * @param allowedLag lag in events that still counts as zero
 */
public record LagSettings(long warningSeconds, long criticalSeconds, long minStopSeconds, long allowedLag) {

	/** Threshold value meaning "no threshold". */
	public static final long DISABLED = Long.MAX_VALUE;

	/** No thresholds; a partition can be STOPPED after 60 s without commits. */
	public static final LagSettings DEFAULT = new LagSettings(DISABLED, DISABLED, 60);

	/**
	 * Validates the settings.
	 *
	 * @throws IllegalArgumentException for negative values or a warning above the critical threshold
	 */
	public LagSettings {
		if (warningSeconds < 0 || criticalSeconds < 0 || minStopSeconds < 0 || allowedLag < 0) {
			throw new IllegalArgumentException("Lag settings must not be negative");
		}
		if (warningSeconds > criticalSeconds) {
			throw new IllegalArgumentException(
					"Warning threshold " + warningSeconds + " s above critical " + criticalSeconds + " s");
		}
	}

	/** Settings without an allowed lag. */
	public LagSettings(long warningSeconds, long criticalSeconds, long minStopSeconds) {
		this(warningSeconds, criticalSeconds, minStopSeconds, 0);
	}

	/** The severity that a time lag of {@code lagMillis} reaches on its own. */
	public Severity severityOf(long lagMillis) {
		long seconds = lagMillis / 1000;
		if (criticalSeconds != DISABLED && seconds >= criticalSeconds) {
			return Severity.CRITICAL;
		}
		if (warningSeconds != DISABLED && seconds >= warningSeconds) {
			return Severity.WARNING;
		}
		return Severity.OK;
	}
}
