package org.syncscope.core.conflict;

/**
 * Limits of one detector. {@code maxTrackedKeys} bounds memory (about 145 bytes per key with 16-character
 * keys and three replicas, measured in {@code docs/benchmarks.md}); beyond it a clean key not seen recently
 * is evicted, and a later event for an evicted key is taken as new: a conflict with the forgotten version
 * cannot be detected. Keys in open conflict are never evicted. Size the limit to the working set of keys
 * that are written from several replicas within the replication delay.
 *
 * @param maxTrackedKeys most keys held at once, at least 1
 * @param maxReplicas most distinct replica ids per link, 1 to 32767
 */
public record DetectorConfig(int maxTrackedKeys, int maxReplicas) {

	/** Longs per row besides the counters (see VersionColumns), for the array size check. */
	private static final int ROW_FIELDS = 5;
	private static final long MAX_ARRAY_LENGTH = Integer.MAX_VALUE - 16;

	/** One million keys, 64 replicas. */
	public static final DetectorConfig DEFAULT = new DetectorConfig(1 << 20, 64);

	/**
	 * Validates the limits.
	 *
	 * @throws IllegalArgumentException for a limit out of range
	 */
	public DetectorConfig {
		if (maxTrackedKeys < 1) {
			throw new IllegalArgumentException("maxTrackedKeys must be positive: " + maxTrackedKeys);
		}
		if (maxReplicas < 1 || maxReplicas > Short.MAX_VALUE) {
			throw new IllegalArgumentException("maxReplicas out of range: " + maxReplicas);
		}
		if ((long) maxTrackedKeys * (maxReplicas + ROW_FIELDS) > MAX_ARRAY_LENGTH) {
			throw new IllegalArgumentException(
					maxTrackedKeys + " keys of " + maxReplicas + " replicas do not fit the detector's arrays");
		}
	}
}
