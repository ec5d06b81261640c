package org.syncscope.core.event;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * The JSON object carried by a change event, immutable so that events can be shared between the consumer,
 * the detector and the UI without defensive copies. It keeps a 64-bit fingerprint, computed once, that does
 * not depend on field order: the detector stores only the fingerprint per key to recognise pseudo-conflicts
 * (concurrent versions with identical content).
 */
public final class Payload {

	private static final Payload EMPTY = new Payload(JsonNodeFactory.instance.objectNode());

	private final ObjectNode node;
	private final long fingerprint;

	private Payload(ObjectNode node) {
		this.node = node;
		this.fingerprint = Fingerprint.of(node);
	}

	/** The empty object {@code {}}. */
	public static Payload empty() {
		return EMPTY;
	}

	/** A payload holding a copy of {@code node}; later changes to {@code node} do not affect it. */
	public static Payload of(ObjectNode node) {
		return new Payload(Objects.requireNonNull(node, "node").deepCopy());
	}

	/** Takes ownership of a node nobody else references (the codec's freshly parsed tree). */
	static Payload adopt(ObjectNode node) {
		return new Payload(node);
	}

	/** The field names in document order. */
	public List<String> fieldNames() {
		List<String> names = new ArrayList<>(node.size());
		node.fieldNames().forEachRemaining(names::add);
		return Collections.unmodifiableList(names);
	}

	/** A copy of the value of field {@code name}, if present. */
	public Optional<JsonNode> field(String name) {
		JsonNode value = node.get(name);
		return value == null ? Optional.empty() : Optional.of(value.deepCopy());
	}

	/** Whether field {@code name} has the same value here and in {@code other} (both absent counts as same). */
	public boolean sameField(String name, Payload other) {
		return Objects.equals(node.get(name), other.node.get(name));
	}

	/** A mutable copy, for code that builds a new payload from this one. */
	public ObjectNode toObjectNode() {
		return node.deepCopy();
	}

	/** Order-independent 64-bit hash of the content; equal payloads have equal fingerprints. */
	public long fingerprint() {
		return fingerprint;
	}

	/** Number of fields. */
	public int size() {
		return node.size();
	}

	ObjectNode node() {
		return node;
	}

	@Override
	public boolean equals(Object obj) {
		return obj instanceof Payload other && fingerprint == other.fingerprint && node.equals(other.node);
	}

	@Override
	public int hashCode() {
		return Long.hashCode(fingerprint);
	}

	/** The payload as compact JSON. */
	@Override
	public String toString() {
		return node.toString();
	}
}
