package org.syncscope.kafka.monitor;

import java.time.Clock;
import java.util.List;

import org.syncscope.core.conflict.Conflict;
import org.syncscope.core.conflict.ConflictDetector;
import org.syncscope.core.conflict.ConflictListener;
import org.syncscope.core.conflict.DetectorConfig;
import org.syncscope.core.conflict.DetectorStats;
import org.syncscope.core.event.ChangeEvent;
import org.syncscope.core.rate.RateMeter;
import org.syncscope.core.rate.ThroughputMeters;

/**
 * What the change logs say about one link: its conflict detector (fed with the link's incoming events and
 * the target's own writes) and its throughput meters (incoming events only). Confined to the reader thread;
 * {@link #publish} copies the figures others may read.
 */
final class LinkActivity {

	/** The figures of a link that other threads read. */
	record Figures(DetectorStats detector, List<Conflict> openConflicts, ThroughputMeters.Snapshot throughput) {
	}

	private final LinkSpec link;
	private final ConflictDetector detector;
	private final ThroughputMeters meters = new ThroughputMeters(RateMeter::tenSeconds);
	private volatile Figures figures;

	LinkActivity(LinkSpec link, DetectorConfig config, Clock clock, ConflictListener listener) {
		this.link = link;
		this.detector = new ConflictDetector(link.id(), config, clock, listener);
		publish(clock.millis());
	}

	void observe(String topic, ChangeEvent event, int sizeBytes, long nowMillis) {
		if (!link.watches(topic)) {
			return;
		}
		detector.observe(event);
		if (topic.equals(link.topic())) {
			meters.record(event.origin(), sizeBytes, nowMillis);
		}
	}

	void publish(long nowMillis) {
		figures = new Figures(detector.stats(), detector.openConflicts(), meters.snapshot(nowMillis));
	}

	Figures figures() {
		return figures;
	}

	LinkSpec link() {
		return link;
	}
}
