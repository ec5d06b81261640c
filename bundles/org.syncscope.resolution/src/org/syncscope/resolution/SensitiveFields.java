package org.syncscope.resolution;

import java.util.List;
import java.util.Optional;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * Masks a link's sensitive field paths ({@code customer.email}: dotted paths into nested objects) in what
 * the console shows and the audit trail stores. Revealing one value is a separate, audited act.
 */
public final class SensitiveFields {

	/** What a masked value is shown as. */
	public static final String MASK = "\u2022\u2022\u2022\u2022\u2022\u2022";

	private SensitiveFields() {
	}

	/** A copy of {@code payload} with every present value at one of {@code paths} replaced by {@link #MASK}. */
	public static ObjectNode mask(ObjectNode payload, List<String> paths) {
		ObjectNode copy = payload.deepCopy();
		for (String path : paths) {
			String[] parts = path.split("\\.");
			JsonNode node = copy;
			for (int i = 0; i < parts.length - 1 && node != null; i++) {
				node = node.get(parts[i]);
			}
			if (node instanceof ObjectNode parent && parent.has(parts[parts.length - 1])) {
				parent.put(parts[parts.length - 1], MASK);
			}
		}
		return copy;
	}

	/** A copy of a top-level field's {@code value} named {@code field}, masked below it as {@code paths} say. */
	public static JsonNode maskField(String field, JsonNode value, List<String> paths) {
		if (paths.contains(field) && !value.isMissingNode()) {
			return com.fasterxml.jackson.databind.node.TextNode.valueOf(MASK);
		}
		if (!(value instanceof ObjectNode object)) {
			return value;
		}
		String prefix = field + ".";
		List<String> inner = paths.stream().filter(path -> path.startsWith(prefix))
				.map(path -> path.substring(prefix.length())).toList();
		return inner.isEmpty() ? value : mask(object, inner);
	}

	/** The value at {@code path} in {@code payload}, if present. */
	public static Optional<JsonNode> valueAt(ObjectNode payload, String path) {
		JsonNode node = payload;
		for (String part : path.split("\\.")) {
			node = node == null ? null : node.get(part);
		}
		return Optional.ofNullable(node);
	}

	/** Whether {@code field} (top level) is or contains a sensitive path. */
	public static boolean touches(String field, List<String> paths) {
		return paths.stream().anyMatch(path -> path.equals(field) || path.startsWith(field + "."));
	}
}
