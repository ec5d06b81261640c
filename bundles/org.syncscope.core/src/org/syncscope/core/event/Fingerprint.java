package org.syncscope.core.event;

import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * A 64-bit content hash of a JSON tree in which object fields are combined by addition, so that field order
 * does not matter (as it does not for {@link JsonNode#equals}), while array order does. Collisions are
 * possible in theory (about one in 2^64 for unequal payloads); the detector accepts that risk for a
 * pseudo-conflict, which only closes a conflict whose two sides then carry identical text.
 */
final class Fingerprint {

	private static final long OBJECT_SEED = 0x6a09e667f3bcc909L;
	private static final long ARRAY_SEED = 0xbb67ae8584caa73bL;

	private Fingerprint() {
	}

	static long of(JsonNode node) {
		if (node.isObject()) {
			long sum = OBJECT_SEED;
			for (Map.Entry<String, JsonNode> field : node.properties()) {
				sum += mix(mix(field.getKey().hashCode()) ^ of(field.getValue()));
			}
			return mix(sum);
		}
		if (node.isArray()) {
			long hash = ARRAY_SEED;
			for (JsonNode element : node) {
				hash = mix(hash * 31 + of(element));
			}
			return hash;
		}
		return mix(((long) node.getNodeType().ordinal() << 32) ^ node.hashCode());
	}

	/** The finalizer of SplitMix64: spreads every input bit over the whole word. */
	private static long mix(long value) {
		long z = value + 0x9e3779b97f4a7c15L;
		z = (z ^ (z >>> 30)) * 0xbf58476d1ce4e5b9L;
		z = (z ^ (z >>> 27)) * 0x94d049bb133111ebL;
		return z ^ (z >>> 31);
	}
}
