package org.syncscope.replay;

import java.time.Duration;
import java.util.Locale;

/**
 * Tuning of the replay engine.
 *
 * @param batchSize at most this many events per Kafka transaction (the unit that is all-or-nothing and from
 *                  which a replay resumes)
 * @param batchBytes a transaction commits once its copies hold at least this many key and value bytes
 * @param batchTime a transaction commits once it has been open this long
 * @param maxReplayCount loop guard: an event whose replay-count header already says it was replayed this many
 *                       times is refused (not re-sent)
 * @param previewSize how many events the dry run shows
 * @param stallTimeout how long reading may make no progress before the replay fails
 */
public record ReplaySettings(int batchSize, long batchBytes, Duration batchTime, int maxReplayCount, int previewSize,
		Duration stallTimeout) {

	/**
	 * A transaction commits at 100,000 events, 32 MB or 500 ms, whichever comes first (its fixed cost, ~15-30 ms
	 * here, and the pause in sending while it commits are then small beside the copy; a resume redoes, and a
	 * cancel discards, at most that much); at most 3 replays of an event, 20 preview events, 30 s stall timeout.
	 */
	public static final ReplaySettings DEFAULT = new ReplaySettings(100_000, 32L << 20, Duration.ofMillis(500), 3, 20,
			Duration.ofSeconds(30));

	public ReplaySettings {
		if (batchSize < 1 || batchBytes < 1 || batchTime.isNegative() || batchTime.isZero() || maxReplayCount < 1
				|| previewSize < 0) {
			throw new IllegalArgumentException(
					"batch limits and maxReplayCount must be positive, previewSize >= 0");
		}
	}

	public ReplaySettings withBatchSize(int size) {
		return new ReplaySettings(size, batchBytes, batchTime, maxReplayCount, previewSize, stallTimeout);
	}

	public ReplaySettings withBatchTime(Duration time) {
		return new ReplaySettings(batchSize, batchBytes, time, maxReplayCount, previewSize, stallTimeout);
	}

	public ReplaySettings withMaxReplayCount(int count) {
		return new ReplaySettings(batchSize, batchBytes, batchTime, count, previewSize, stallTimeout);
	}

	/** How the batch limits read for an operator, e.g. "100,000 events, 32 MB or 500 ms". */
	public String describeBatches() {
		return String.format(Locale.ROOT, "%,d events, %d MB or %d ms", batchSize, batchBytes >> 20,
				batchTime.toMillis());
	}
}
