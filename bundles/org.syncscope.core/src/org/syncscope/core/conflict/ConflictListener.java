package org.syncscope.core.conflict;

import org.syncscope.core.event.ChangeEvent;

/**
 * Receives conflict life-cycle events from a detector, on the detector's thread. The connector forwards them
 * to the store and the policies; methods must be quick and must not call back into the detector.
 */
public interface ConflictListener {

	/** A listener that ignores everything. */
	ConflictListener NONE = new ConflictListener() {
	};

	/** A conflict was opened, or gained a sibling ({@code conflict} then lists all of them). */
	default void conflictDetected(Conflict conflict) {
	}

	/** Concurrent versions with identical content were found and closed without a resolution. */
	default void pseudoConflictClosed(Conflict conflict) {
	}

	/** {@code event} superseded every sibling of {@code conflict}, which is now closed. */
	default void conflictClosed(Conflict conflict, ChangeEvent event) {
	}
}
