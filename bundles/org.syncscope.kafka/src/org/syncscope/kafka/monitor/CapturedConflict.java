package org.syncscope.kafka.monitor;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

import org.syncscope.core.conflict.Conflict;
import org.syncscope.core.event.ChangeEvent;

/**
 * A conflict as the change-log reader saw it, with what the detector does not keep: the full events of its
 * siblings and, where still known, their common ancestor. This is what the store persists and the console
 * shows and merges.
 *
 * @param link the link the conflict was detected on
 * @param conflict the detector's view (ids, vectors, fingerprints of every sibling)
 * @param siblings the full events of the siblings the reader still remembered, in the order of
 *                 {@link Conflict#versions()}; fewer than the versions when an old one had left its window
 * @param ancestor the version before every sibling, when the reader still knew it
 */
public record CapturedConflict(LinkSpec link, Conflict conflict, List<ChangeEvent> siblings,
		Optional<ChangeEvent> ancestor) {

	public CapturedConflict {
		Objects.requireNonNull(link, "link");
		Objects.requireNonNull(conflict, "conflict");
		siblings = List.copyOf(siblings);
		Objects.requireNonNull(ancestor, "ancestor");
	}

	/** Whether the full event of every sibling is known, so that the conflict can be merged. */
	public boolean complete() {
		return siblings.size() == conflict.versions().size();
	}
}
