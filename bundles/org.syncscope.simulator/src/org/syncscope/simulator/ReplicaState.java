package org.syncscope.simulator;

import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

import org.syncscope.core.event.ChangeEvent;
import org.syncscope.core.vv.Causality;
import org.syncscope.core.vv.VersionVector;

import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * The materialized records of one region's replica: per key the version it holds and its document. A local
 * write replaces it; an event received from elsewhere replaces it only if it supersedes the version held (an
 * older, equal or concurrent one is not applied: a concurrent one is a conflict, left to the resolver, whose
 * resolution supersedes both). Documents are never changed in place. Safe for one writer and one applier.
 */
public final class ReplicaState {

	/** A key's version and document as this replica holds them. */
	public record Held(VersionVector version, ObjectNode document) {
	}

	private final String region;
	private final Map<String, Held> records = new ConcurrentHashMap<>();

	ReplicaState(String region) {
		this.region = region;
	}

	/** The region whose replica this is. */
	public String region() {
		return region;
	}

	/** What this replica holds for {@code key}, if anything. */
	public Optional<Held> held(String key) {
		return Optional.ofNullable(records.get(key));
	}

	/** Every key this replica holds, with its document. */
	public Map<String, ObjectNode> documents() {
		Map<String, ObjectNode> documents = new ConcurrentHashMap<>();
		records.forEach((key, held) -> documents.put(key, held.document()));
		return documents;
	}

	void wrote(String key, VersionVector version, ObjectNode document) {
		records.put(key, new Held(version, document));
	}

	/** Applies {@code event} if it supersedes what this replica holds for its key; returns whether it did. */
	boolean received(ChangeEvent event) {
		Held current = records.get(event.key());
		if (current != null && event.version().compare(current.version()) != Causality.AFTER) {
			return false;
		}
		records.put(event.key(), new Held(event.version(), event.payload().toObjectNode()));
		return true;
	}
}
