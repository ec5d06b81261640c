package org.syncscope.core.conflict;

/**
 * Counters of one detector since it was created, as an immutable snapshot for the UI and the history.
 *
 * @param events events observed
 * @param trackedKeys keys whose latest version is held now
 * @param evictedKeys keys dropped to stay within the limit (their next event cannot be checked)
 * @param untrackedEvents events that could not be tracked at all
 * @param duplicates events with a vector equal to the stored one
 * @param staleEvents events superseded by the stored version
 * @param conflictsOpened conflicts opened
 * @param siblingsAdded versions added to already open conflicts
 * @param pseudoConflicts concurrent versions with identical content, closed automatically
 * @param conflictsClosed conflicts closed by a superseding event
 * @param openConflicts conflicts open now
 */
public record DetectorStats(long events, int trackedKeys, long evictedKeys, long untrackedEvents, long duplicates,
		long staleEvents, long conflictsOpened, long siblingsAdded, long pseudoConflicts, long conflictsClosed,
		int openConflicts) {

	/** The counters of two detectors that split one stream of events between them (by key), added up. */
	public DetectorStats plus(DetectorStats other) {
		return new DetectorStats(events + other.events, trackedKeys + other.trackedKeys,
				evictedKeys + other.evictedKeys, untrackedEvents + other.untrackedEvents,
				duplicates + other.duplicates, staleEvents + other.staleEvents,
				conflictsOpened + other.conflictsOpened, siblingsAdded + other.siblingsAdded,
				pseudoConflicts + other.pseudoConflicts, conflictsClosed + other.conflictsClosed,
				openConflicts + other.openConflicts);
	}
}
