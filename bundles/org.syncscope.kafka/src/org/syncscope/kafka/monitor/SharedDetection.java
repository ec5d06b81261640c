package org.syncscope.kafka.monitor;

import java.time.Clock;
import java.util.List;

import org.syncscope.core.conflict.Conflict;
import org.syncscope.core.conflict.ConflictDetector;
import org.syncscope.core.conflict.ConflictListener;
import org.syncscope.core.conflict.DetectorConfig;
import org.syncscope.core.conflict.DetectorStats;
import org.syncscope.core.conflict.KeyTable;
import org.syncscope.core.event.ChangeEvent;
import org.syncscope.core.policy.ResolutionContext;

/**
 * Conflict detection for the links that watch the same change logs, typically the two directions between a
 * pair of replicas: they see the same events in the same order, so one detector and one event window serve
 * them all. The detector's findings and figures are reported to each link under that link's own id; a
 * conflict is captured with its full versions (stored, listed in the console) once, under the first of the
 * links, and its closing is reported to all of them. Confined to one thread.
 */
final class SharedDetection {

	private final List<LinkSpec> links;
	private final ConflictDetector detector;
	private final EventWindow window;
	private final ConflictListener listener;
	private final ConflictCaptureListener captures;
	private Conflict lastClosed;

	/**
	 * Detection for {@code links}, which must all watch the same change logs, keeping its versions at the
	 * entry numbers of {@code keys}, the table shared by the detections of one shard.
	 */
	SharedDetection(List<LinkSpec> links, DetectorConfig config, KeyTable keys, int windowCapacity, Clock clock,
			ConflictListener listener, ConflictCaptureListener captures) {
		this.links = List.copyOf(links);
		this.listener = listener;
		this.captures = captures;
		this.detector = new ConflictDetector(this.links.get(0).id(), config, clock, new ForEachLink(), keys);
		this.window = new EventWindow(windowCapacity);
	}

	/**
	 * Checks an event of one of the watched change logs, its key at {@code entry} of the shared table
	 * ({@link KeyTable#acquire}'s answer) and {@code key} the table's string for it.
	 */
	void observe(ChangeEvent event, int entry, String key) {
		switch (detector.observe(event, entry)) {
		case NEW_KEY, ADVANCED -> {
			window.advance(event, key);
			if (ResolutionContext.isResolver(event.origin())) {
				links.forEach(link -> captures.resolutionSeen(link, event));
			}
		}
		case CONFLICT_OPENED, SIBLING_ADDED -> captured(detector.conflict(event.key()).orElseThrow(), event);
		case CONFLICT_CLOSED -> closed(event, key);
		case PSEUDO_CONFLICT -> {
			// identical siblings close an open conflict; a fresh identical pair never opened one
			if (window.hasConflict(key)) {
				closed(event, key);
			}
		}
		case STALE -> window.older(event, key);
		default -> {
			// duplicates and untracked events change nothing
		}
		}
	}

	/** Captures the conflict once, under the first link: both directions of a pair show the same conflict. */
	private void captured(Conflict conflict, ChangeEvent event) {
		EventWindow.Capture capture = window.capture(conflict, event);
		LinkSpec first = links.get(0);
		captures.captured(new CapturedConflict(first, conflict.onLink(first.id()), capture.siblings(),
				capture.ancestor()));
	}

	private void closed(ChangeEvent event, String key) {
		window.close(event, key);
		for (LinkSpec link : links) {
			captures.closed(link, lastClosed.onLink(link.id()), event);
		}
	}

	/** The detector's counters, the same for every link here. */
	DetectorStats stats() {
		return detector.stats();
	}

	/** The open conflicts as seen on {@code link}. */
	List<Conflict> openConflicts(String link) {
		return detector.openConflicts().stream().map(conflict -> conflict.onLink(link)).toList();
	}

	/** Reports the detector's findings once per link and remembers the conflict the current event closed. */
	private final class ForEachLink implements ConflictListener {
		@Override
		public void conflictDetected(Conflict conflict) {
			links.forEach(link -> listener.conflictDetected(conflict.onLink(link.id())));
		}

		@Override
		public void pseudoConflictClosed(Conflict conflict) {
			lastClosed = conflict;
			links.forEach(link -> listener.pseudoConflictClosed(conflict.onLink(link.id())));
		}

		@Override
		public void conflictClosed(Conflict conflict, ChangeEvent event) {
			lastClosed = conflict;
			links.forEach(link -> listener.conflictClosed(conflict.onLink(link.id()), event));
		}
	}
}
