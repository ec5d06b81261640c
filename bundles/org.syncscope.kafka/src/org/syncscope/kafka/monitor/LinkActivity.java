package org.syncscope.kafka.monitor;

import java.util.ArrayList;
import java.util.List;

import org.syncscope.core.conflict.Conflict;
import org.syncscope.core.conflict.DetectorStats;
import org.syncscope.core.rate.Rate;
import org.syncscope.core.rate.RateMeter;
import org.syncscope.core.rate.ThroughputMeters;

/**
 * What one key shard of the change logs says about one link: the figures of the detection it shares with the
 * links that watch the same logs, and its own throughput meters (incoming events only). Confined to the
 * shard's thread; {@link #publish} copies the figures others may read.
 */
final class LinkActivity {

	/** The figures of a link that other threads read. */
	record Figures(DetectorStats detector, List<Conflict> openConflicts, Rate throughput) {

		/** The figures of two shards that split the link's events by key, together. */
		Figures plus(Figures other) {
			List<Conflict> conflicts = new ArrayList<>(openConflicts);
			conflicts.addAll(other.openConflicts);
			return new Figures(detector.plus(other.detector), conflicts, throughput.plus(other.throughput));
		}
	}

	private final LinkSpec link;
	private final SharedDetection detection;
	private final ThroughputMeters meters = new ThroughputMeters(RateMeter::tenSeconds);
	private final OriginTally batch = new OriginTally();
	private volatile Figures figures;

	LinkActivity(LinkSpec link, SharedDetection detection, long nowMillis) {
		this.link = link;
		this.detection = detection;
		publish(nowMillis);
	}

	/** Counts an incoming event (one of the link's own change log) of {@code sizeBytes} from {@code origin}. */
	void incoming(String origin, int sizeBytes) {
		batch.add(origin, sizeBytes);
	}

	/** Meters the incoming events of the batch just fed, at {@code nowMillis}. */
	void endOfBatch(long nowMillis) {
		batch.drainInto(meters, nowMillis);
	}

	void publish(long nowMillis) {
		figures = new Figures(detection.stats(), detection.openConflicts(link.id()),
				meters.snapshot(nowMillis).link());
	}

	Figures figures() {
		return figures;
	}
}
