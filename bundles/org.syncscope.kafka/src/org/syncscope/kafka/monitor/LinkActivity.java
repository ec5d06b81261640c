package org.syncscope.kafka.monitor;

import java.time.Clock;
import java.util.List;

import org.syncscope.core.conflict.Conflict;
import org.syncscope.core.conflict.ConflictDetector;
import org.syncscope.core.conflict.ConflictListener;
import org.syncscope.core.conflict.DetectorConfig;
import org.syncscope.core.conflict.DetectorStats;
import org.syncscope.core.conflict.Outcome;
import org.syncscope.core.event.ChangeEvent;
import org.syncscope.core.rate.RateMeter;
import org.syncscope.core.rate.ThroughputMeters;

/**
 * What the change logs say about one link: its conflict detector (fed with the link's incoming events and
 * the target's own writes), the window of full events that lets conflicts be captured with their payloads,
 * and its throughput meters (incoming events only). Confined to the reader thread;
 * {@link #publish} copies the figures others may read.
 */
final class LinkActivity {

	/** The figures of a link that other threads read. */
	record Figures(DetectorStats detector, List<Conflict> openConflicts, ThroughputMeters.Snapshot throughput) {
	}

	private final LinkSpec link;
	private final ConflictDetector detector;
	private final EventWindow window = new EventWindow(EventWindow.DEFAULT_CAPACITY);
	private final ConflictCaptureListener captures;
	private final ThroughputMeters meters = new ThroughputMeters(RateMeter::tenSeconds);
	private volatile Figures figures;
	private Conflict lastClosed;

	LinkActivity(LinkSpec link, DetectorConfig config, Clock clock, ConflictListener listener,
			ConflictCaptureListener captures) {
		this.link = link;
		this.captures = captures;
		this.detector = new ConflictDetector(link.id(), config, clock, new ClosedConflicts(listener));
		publish(clock.millis());
	}

	void observe(String topic, ChangeEvent event, int sizeBytes, long nowMillis) {
		if (!link.watches(topic)) {
			return;
		}
		Outcome outcome = detector.observe(event);
		switch (outcome) {
		case NEW_KEY, ADVANCED -> window.advance(event);
		case CONFLICT_OPENED, SIBLING_ADDED -> captures
				.captured(window.capture(link, detector.conflict(event.key()).orElseThrow(), event));
		case CONFLICT_CLOSED -> closed(lastClosed, event);
		case PSEUDO_CONFLICT -> {
			// identical siblings close an open conflict; a fresh identical pair never opened one
			if (window.hasConflict(event.key())) {
				closed(lastClosed, event);
			}
		}
		default -> {
			// duplicates, stale and untracked events change nothing
		}
		}
		if (topic.equals(link.topic())) {
			meters.record(event.origin(), sizeBytes, nowMillis);
		}
	}

	private void closed(Conflict conflict, ChangeEvent event) {
		window.close(event);
		captures.closed(link, conflict, event);
	}

	/** Passes the detector's events on and remembers the conflict the current event closed. */
	private final class ClosedConflicts implements ConflictListener {
		private final ConflictListener next;

		ClosedConflicts(ConflictListener next) {
			this.next = next;
		}

		@Override
		public void conflictDetected(Conflict conflict) {
			next.conflictDetected(conflict);
		}

		@Override
		public void pseudoConflictClosed(Conflict conflict) {
			lastClosed = conflict;
			next.pseudoConflictClosed(conflict);
		}

		@Override
		public void conflictClosed(Conflict conflict, ChangeEvent event) {
			lastClosed = conflict;
			next.conflictClosed(conflict, event);
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
