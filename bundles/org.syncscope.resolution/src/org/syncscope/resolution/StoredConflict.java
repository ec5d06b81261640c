package org.syncscope.resolution;

import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

import org.syncscope.core.event.ChangeEvent;

/**
 * A conflict as the store keeps it: the full events of its siblings (what the console compares and merges)
 * and their common ancestor when it was known, with its state.
 *
 * @param id row id
 * @param linkId the link it was detected on
 * @param key the key in conflict
 * @param detectedAt when the detector opened it
 * @param state where it is in its life
 * @param siblings the concurrent versions whose full events were captured
 * @param versionCount how many concurrent versions the detector knows (more than {@code siblings} when an
 *                     old one's payload was no longer known)
 * @param ancestor the common ancestor, if known
 * @param stateReason why it is in its state (the operator's reason, or what closed it)
 */
public record StoredConflict(long id, String linkId, String key, Instant detectedAt, ConflictState state,
		List<ChangeEvent> siblings, int versionCount, Optional<ChangeEvent> ancestor, String stateReason) {

	public StoredConflict {
		Objects.requireNonNull(linkId, "linkId");
		Objects.requireNonNull(key, "key");
		siblings = List.copyOf(siblings);
		Objects.requireNonNull(ancestor, "ancestor");
		stateReason = stateReason == null ? "" : stateReason;
	}

	/** Whether every sibling's full event is known, so that the conflict can be merged. */
	public boolean complete() {
		return siblings.size() >= 2 && siblings.size() == versionCount;
	}

	/** The origin replicas of the siblings, in order. */
	public List<String> replicas() {
		return siblings.stream().map(ChangeEvent::origin).distinct().toList();
	}

	/** The same conflict in {@code newState}. */
	public StoredConflict with(ConflictState newState, String reason) {
		return new StoredConflict(id, linkId, key, detectedAt, newState, siblings, versionCount, ancestor, reason);
	}
}
