package org.syncscope.resolution;

import java.util.Objects;

import org.syncscope.core.event.ChangeEvent;

/**
 * The event a decision would write back, shown before it is applied (and applied exactly as shown).
 *
 * @param conflict the conflict it resolves, as it was when proposed
 * @param decision what was decided
 * @param event the event to publish; its vector dominates every sibling
 * @param explanation why this content, in words
 */
public record Proposal(StoredConflict conflict, Decision decision, ChangeEvent event, String explanation) {

	public Proposal {
		Objects.requireNonNull(conflict, "conflict");
		Objects.requireNonNull(decision, "decision");
		Objects.requireNonNull(event, "event");
		Objects.requireNonNull(explanation, "explanation");
	}

	/** The resolution id: the event id, deterministic for the same siblings and content. */
	public String resolutionId() {
		return event.eventId().toString();
	}
}
