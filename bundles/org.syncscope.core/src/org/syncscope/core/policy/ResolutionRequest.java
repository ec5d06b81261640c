package org.syncscope.core.policy;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

import org.syncscope.core.event.ChangeEvent;
import org.syncscope.core.vv.Causality;

/**
 * The full events of one conflict, as loaded from the history by the ids the detector reported, and their
 * common ancestor where the history still has it (needed to tell which side changed a field).
 *
 * @param siblings the concurrent versions, at least two, all of the same key
 * @param ancestor a version that happened before every sibling, if known
 */
public record ResolutionRequest(List<ChangeEvent> siblings, Optional<ChangeEvent> ancestor) {

	/**
	 * Validates the request.
	 *
	 * @throws IllegalArgumentException with fewer than two siblings, siblings of different keys, or an
	 *                                  ancestor that is not before every sibling
	 */
	public ResolutionRequest {
		siblings = List.copyOf(siblings);
		Objects.requireNonNull(ancestor, "ancestor");
		if (siblings.size() < 2) {
			throw new IllegalArgumentException("A conflict has at least two siblings, got " + siblings.size());
		}
		String key = siblings.get(0).key();
		for (ChangeEvent sibling : siblings) {
			if (!sibling.key().equals(key)) {
				throw new IllegalArgumentException("Siblings of different keys: " + key + ", " + sibling.key());
			}
			ancestor.ifPresent(common -> {
				if (common.version().compare(sibling.version()) != Causality.BEFORE) {
					throw new IllegalArgumentException("Ancestor " + common.eventId() + " is not before sibling "
							+ sibling.eventId());
				}
			});
		}
	}

	/** A request without a known ancestor. */
	public static ResolutionRequest of(ChangeEvent... siblings) {
		return new ResolutionRequest(List.of(siblings), Optional.empty());
	}

	/** The key in conflict. */
	public String key() {
		return siblings.get(0).key();
	}
}
