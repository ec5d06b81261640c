package org.syncscope.streams.internal;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import org.syncscope.core.conflict.CommonAncestor;
import org.syncscope.core.conflict.KeyState;
import org.syncscope.core.conflict.Version;
import org.syncscope.core.event.ChangeEvent;
import org.syncscope.core.vv.Causality;
import org.syncscope.core.vv.VersionVector;

/**
 * What the detector keeps of one key of one detection in its state store: the detection state
 * ({@link KeyState}) and the full events behind it, so that a conflict can be published with its versions
 * and common ancestor as the console needs them: the clean event and the one before it (the ancestor of a
 * conflict that follows), or the siblings of the open conflict and their ancestor.
 *
 * @param state    the detection state
 * @param events   the full events of the state's versions, in the same order
 * @param previous the event before the clean one, or the conflict's common ancestor, if known
 */
record KeyRecord(KeyState state, List<ChangeEvent> events, Optional<ChangeEvent> previous) {

	KeyRecord {
		events = List.copyOf(events);
	}

	/** The record after {@code step}, which {@code event} caused. */
	KeyRecord after(KeyState.Step step, ChangeEvent event) {
		return switch (step.outcome()) {
		case NEW_KEY -> new KeyRecord(step.state(), List.of(event), Optional.empty());
		case ADVANCED -> new KeyRecord(step.state(), List.of(event), Optional.of(events.get(0)));
		case CONFLICT_CLOSED -> new KeyRecord(step.state(), List.of(event), Optional.empty());
		case CONFLICT_OPENED, SIBLING_ADDED -> new KeyRecord(step.state(), siblings(step.state(), event), previous);
		case PSEUDO_CONFLICT -> state.inConflict() ? new KeyRecord(step.state(), List.of(event), Optional.empty())
				: new KeyRecord(step.state(), events, previous);
		case STALE -> older(event);
		default -> this;
		};
	}

	/** The common ancestor of the open conflict, if the event before it is exactly that. */
	Optional<ChangeEvent> ancestor() {
		List<VersionVector> vectors = state.versions().stream().map(Version::vector).toList();
		return previous.filter(event -> CommonAncestor.isLatest(event.version(), vectors));
	}

	private List<ChangeEvent> siblings(KeyState next, ChangeEvent event) {
		Map<UUID, ChangeEvent> known = new HashMap<>();
		events.forEach(sibling -> known.putIfAbsent(sibling.eventId(), sibling));
		known.put(event.eventId(), event);
		List<ChangeEvent> siblings = new ArrayList<>();
		for (Version version : next.versions()) {
			siblings.add(known.get(version.eventId()));
		}
		return siblings;
	}

	/** A late event older than the clean one and newer than the one before it takes that place. */
	private KeyRecord older(ChangeEvent event) {
		if (state.inConflict() || event.version().compare(events.get(0).version()) != Causality.BEFORE) {
			return this;
		}
		if (previous.isPresent() && previous.get().version().compare(event.version()) != Causality.BEFORE) {
			return this;
		}
		return new KeyRecord(state, events, Optional.of(event));
	}
}
