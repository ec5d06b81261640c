package org.syncscope.core.conflict;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

import org.syncscope.core.event.ChangeEvent;
import org.syncscope.core.vv.Causality;
import org.syncscope.core.vv.VersionVector;

/**
 * The detection state of one key as a value, for a detector whose state lives outside the JVM's heap (a Kafka
 * Streams state store, for instance): the key's clean version, or the siblings of its open conflict. {@link
 * #next} applies the same rules as {@link ConflictDetector} to one event and gives the state that follows, so
 * that a key checked either way reaches the same verdicts.
 *
 * @param versions   the clean version alone, or the conflict's siblings, oldest detection first
 * @param detectedAt when the conflict was found; absent while the key is clean
 */
public record KeyState(List<Version> versions, Optional<Instant> detectedAt) {

	public KeyState {
		versions = List.copyOf(versions);
		Objects.requireNonNull(detectedAt, "detectedAt");
		if (versions.isEmpty() || detectedAt.isPresent() != versions.size() > 1) {
			throw new IllegalArgumentException("A clean key has one version, a key in conflict several: " + versions);
		}
	}

	/** A key whose only version is {@code version}. */
	public static KeyState clean(Version version) {
		return new KeyState(List.of(version), Optional.empty());
	}

	/** Whether the key has an open conflict. */
	public boolean inConflict() {
		return detectedAt.isPresent();
	}

	/** The open conflict of the key, as seen on {@code link}. */
	public Optional<Conflict> conflict(String link, String key) {
		return detectedAt.map(at -> new Conflict(link, key, versions, at));
	}

	/**
	 * What {@code event} does to a key in state {@code current} (empty: not seen yet) on {@code link}, a
	 * conflict it opens being stamped {@code now}.
	 */
	public static Step next(Optional<KeyState> current, ChangeEvent event, String link, Instant now) {
		if (current.isEmpty()) {
			return new Step(Outcome.NEW_KEY, clean(Version.of(event)), Optional.empty());
		}
		KeyState state = current.get();
		return state.inConflict() ? state.sibling(event, link) : state.against(event, link, now);
	}

	private Step against(ChangeEvent event, String link, Instant now) {
		Version stored = versions.get(0);
		return switch (stored.vector().compare(event.version())) {
		case BEFORE -> new Step(Outcome.ADVANCED, clean(Version.of(event)), Optional.empty());
		case EQUAL -> new Step(Outcome.DUPLICATE, this, Optional.empty());
		case AFTER -> new Step(Outcome.STALE, this, Optional.empty());
		case CONCURRENT -> {
			Version incoming = Version.of(event);
			Conflict conflict = new Conflict(link, event.key(), List.of(stored, incoming), now);
			if (stored.sameContent(incoming)) {
				Version merged = new Version(stored.eventId(), stored.origin(), stored.operation(),
						stored.vector().merge(event.version()), stored.sourceTimestamp(), stored.payloadFingerprint());
				yield new Step(Outcome.PSEUDO_CONFLICT, clean(merged), Optional.of(conflict));
			}
			yield new Step(Outcome.CONFLICT_OPENED, new KeyState(conflict.versions(), Optional.of(now)),
					Optional.of(conflict));
		}
		};
	}

	private Step sibling(ChangeEvent event, String link) {
		Instant at = detectedAt.orElseThrow();
		List<Version> remaining = new ArrayList<>(versions.size() + 1);
		for (Version sibling : versions) {
			Causality causality = event.version().compare(sibling.vector());
			if (causality == Causality.BEFORE) {
				return new Step(Outcome.STALE, this, Optional.empty());
			}
			if (causality == Causality.EQUAL) {
				return new Step(Outcome.DUPLICATE, this, Optional.empty());
			}
			if (causality == Causality.CONCURRENT) {
				remaining.add(sibling);
			}
		}
		Conflict open = new Conflict(link, event.key(), versions, at);
		if (remaining.isEmpty()) {
			return new Step(Outcome.CONFLICT_CLOSED, clean(Version.of(event)), Optional.of(open));
		}
		remaining.add(Version.of(event));
		Conflict grown = new Conflict(link, event.key(), remaining, at);
		if (grown.isPseudo()) {
			VersionVector merged = VersionVector.empty();
			for (Version version : remaining) {
				merged = merged.merge(version.vector());
			}
			Version closing = Version.of(event);
			return new Step(Outcome.PSEUDO_CONFLICT, clean(new Version(closing.eventId(), closing.origin(),
					closing.operation(), merged, closing.sourceTimestamp(), closing.payloadFingerprint())),
					Optional.of(grown));
		}
		return new Step(Outcome.SIBLING_ADDED, new KeyState(remaining, Optional.of(at)), Optional.of(grown));
	}

	/**
	 * The verdict on one event and the key's state after it.
	 *
	 * @param conflict the conflict the event opened or grew, or the one it closed (for a pseudo-conflict, the
	 *                 identical versions); absent otherwise
	 */
	public record Step(Outcome outcome, KeyState state, Optional<Conflict> conflict) {
	}
}
