package org.syncscope.core.event;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * The JSON object carried by a change event, immutable so that events can be shared between the consumer,
 * the detector and the UI without defensive copies. It keeps a 64-bit fingerprint, computed once, that does
 * not depend on field order: the detector stores only the fingerprint per key to recognise pseudo-conflicts
 * (concurrent versions with identical content). A decoded payload keeps its validated JSON text and builds
 * the tree only when its fields are first asked for, so monitoring, which needs only the fingerprint, never
 * builds one.
 */
public final class Payload {

	private static final ObjectMapper TREE_READER = new ObjectMapper();
	private static final Payload EMPTY = new Payload(JsonNodeFactory.instance.objectNode());

	/** The array holding the payload's text as decoded (often the whole record); null for one made from a tree. */
	private final byte[] json;
	/** Where in {@link #json} the payload's text starts, and how long it is. */
	private final int offset;
	private final int length;
	private volatile ObjectNode node;
	private final long fingerprint;

	private Payload(ObjectNode node) {
		this.json = null;
		this.offset = 0;
		this.length = 0;
		this.node = node;
		this.fingerprint = Fingerprint.of(node);
	}

	private Payload(byte[] json, int offset, int length, long fingerprint) {
		this.json = json;
		this.offset = offset;
		this.length = length;
		this.fingerprint = fingerprint;
	}

	/** The empty object {@code {}}. */
	public static Payload empty() {
		return EMPTY;
	}

	/** A payload holding a copy of {@code node}; later changes to {@code node} do not affect it. */
	public static Payload of(ObjectNode node) {
		return new Payload(Objects.requireNonNull(node, "node").deepCopy());
	}

	/**
	 * A payload of JSON text the codec has validated (one object, well formed, no duplicate field names) and
	 * fingerprinted; it is {@code length} bytes of {@code json} from {@code offset}, which must not change
	 * afterwards (a record's value, as the codec decodes it, never does).
	 */
	static Payload decoded(byte[] json, int offset, int length, long fingerprint) {
		return new Payload(json, offset, length, fingerprint);
	}

	/** The field names in document order. */
	public List<String> fieldNames() {
		List<String> names = new ArrayList<>(node().size());
		node().fieldNames().forEachRemaining(names::add);
		return Collections.unmodifiableList(names);
	}

	/** A copy of the value of field {@code name}, if present. */
	public Optional<JsonNode> field(String name) {
		JsonNode value = node().get(name);
		return value == null ? Optional.empty() : Optional.of(value.deepCopy());
	}

	/** Whether field {@code name} has the same value here and in {@code other} (both absent counts as same). */
	public boolean sameField(String name, Payload other) {
		return Objects.equals(node().get(name), other.node().get(name));
	}

	/** A mutable copy, for code that builds a new payload from this one. */
	public ObjectNode toObjectNode() {
		return node().deepCopy();
	}

	/** Order-independent 64-bit hash of the content; equal payloads have equal fingerprints. */
	public long fingerprint() {
		return fingerprint;
	}

	/** Number of fields. */
	public int size() {
		return node().size();
	}

	ObjectNode node() {
		ObjectNode tree = node;
		if (tree == null) {
			tree = parse(json, offset, length);
			node = tree;
		}
		return tree;
	}

	private static ObjectNode parse(byte[] json, int offset, int length) {
		try {
			return (ObjectNode) TREE_READER.readTree(json, offset, length);
		} catch (IOException e) {
			throw new UncheckedIOException("A validated payload no longer parses", e);
		}
	}

	@Override
	public boolean equals(Object obj) {
		return obj instanceof Payload other && fingerprint == other.fingerprint && node().equals(other.node());
	}

	@Override
	public int hashCode() {
		return Long.hashCode(fingerprint);
	}

	/** The payload as compact JSON. */
	@Override
	public String toString() {
		return node().toString();
	}
}
