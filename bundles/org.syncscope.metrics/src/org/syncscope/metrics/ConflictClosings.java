package org.syncscope.metrics;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.LongAdder;

import org.syncscope.core.conflict.Conflict;
import org.syncscope.core.conflict.ConflictListener;
import org.syncscope.core.event.ChangeEvent;
import org.syncscope.core.policy.ResolutionContext;

/**
 * Counts, per link, how the detectors saw conflicts close: by themselves (the versions turned out identical,
 * or a later ordinary write superseded them) or by a resolution a SyncScope console wrote (a link's policy or
 * a person). Told on reader threads; reading the counts is safe from any thread.
 */
public final class ConflictClosings implements ConflictListener {

	/** How a conflict closed. */
	public enum How {
		/** The concurrent versions carried the same content. */
		IDENTICAL,
		/** A later write from a replica superseded every version. */
		LATER_WRITE,
		/** A SyncScope resolver's event superseded them. */
		RESOLVER
	}

	private final Map<String, Map<How, LongAdder>> counts = new ConcurrentHashMap<>();

	@Override
	public void conflictDetected(Conflict conflict) {
		// detected conflicts are the detectors' own counters
	}

	@Override
	public void pseudoConflictClosed(Conflict conflict) {
		increment(conflict.link(), How.IDENTICAL);
	}

	@Override
	public void conflictClosed(Conflict conflict, ChangeEvent event) {
		increment(conflict.link(), ResolutionContext.isResolver(event.origin()) ? How.RESOLVER : How.LATER_WRITE);
	}

	private void increment(String linkId, How how) {
		counts.computeIfAbsent(linkId, id -> new ConcurrentHashMap<>()).computeIfAbsent(how, h -> new LongAdder())
				.increment();
	}

	/** Conflicts of the link with {@code linkId} that closed {@code how} since counting began. */
	public long count(String linkId, How how) {
		Map<How, LongAdder> byHow = counts.get(linkId);
		LongAdder count = byHow == null ? null : byHow.get(how);
		return count == null ? 0 : count.sum();
	}
}
