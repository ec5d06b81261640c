package org.syncscope.replay;

import java.time.Duration;

/**
 * Tuning of the replay engine.
 *
 * @param batchSize events per Kafka transaction: the unit that is all-or-nothing and from which a replay
 *                  resumes
 * @param maxReplayCount loop guard: an event whose replay-count header already says it was replayed this many
 *                       times is refused (not re-sent)
 * @param previewSize how many events the dry run shows
 * @param stallTimeout how long reading may make no progress before the replay fails
 */
public record ReplaySettings(int batchSize, int maxReplayCount, int previewSize, Duration stallTimeout) {

	/**
	 * 5,000 events per transaction (a transaction's fixed cost, ~15 ms here, is then small beside the copy), at
	 * most 3 replays of an event, 20 preview events, 30 s stall timeout.
	 */
	public static final ReplaySettings DEFAULT = new ReplaySettings(5_000, 3, 20, Duration.ofSeconds(30));

	public ReplaySettings {
		if (batchSize < 1 || maxReplayCount < 1 || previewSize < 0) {
			throw new IllegalArgumentException("batchSize and maxReplayCount must be positive, previewSize >= 0");
		}
	}

	public ReplaySettings withBatchSize(int size) {
		return new ReplaySettings(size, maxReplayCount, previewSize, stallTimeout);
	}

	public ReplaySettings withMaxReplayCount(int count) {
		return new ReplaySettings(batchSize, count, previewSize, stallTimeout);
	}
}
