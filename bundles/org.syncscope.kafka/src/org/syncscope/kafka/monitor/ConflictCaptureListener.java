package org.syncscope.kafka.monitor;

import org.syncscope.core.conflict.Conflict;
import org.syncscope.core.event.ChangeEvent;
import org.syncscope.core.policy.ResolutionContext;

/**
 * Told, on a change-log reader thread, of conflicts with their full events (to persist them) and of their
 * closing. Methods must return quickly: hand the work to another thread.
 */
public interface ConflictCaptureListener {

	/** A conflict was opened or gained a sibling; {@code captured} lists all of them. */
	void captured(CapturedConflict captured);

	/**
	 * {@code event} closed {@code conflict}: it superseded every sibling, or made the siblings identical (the
	 * conflict then lists them with {@code event}); the key is clean.
	 */
	void closed(LinkSpec link, Conflict conflict, ChangeEvent event);

	/**
	 * {@code event}, written by a SyncScope resolver ({@link ResolutionContext#isResolver}), became the key's
	 * clean version without closing a conflict the detector knew of: the detector has no state for a conflict
	 * found before monitoring (re)started, so whoever stored that conflict decides whether this resolves it.
	 */
	void resolutionSeen(LinkSpec link, ChangeEvent event);
}
