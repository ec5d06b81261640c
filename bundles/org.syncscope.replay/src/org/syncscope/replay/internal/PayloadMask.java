package org.syncscope.replay.internal;

import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * Replaces the values of a link's sensitive fields (dotted paths such as {@code customer.email}) by a mask
 * wherever events are shown, so that a preview never puts personal data on the operator's screen.
 */
public final class PayloadMask {

	/** What a masked value is shown as. */
	public static final String MASK = "***";

	private final List<String[]> paths;

	public PayloadMask(List<String> sensitiveFields) {
		this.paths = sensitiveFields.stream().filter(f -> !f.isBlank()).map(f -> f.strip().split("\\.")).toList();
	}

	/** Masks {@code payload} in place and returns it. */
	public ObjectNode mask(ObjectNode payload) {
		for (String[] path : paths) {
			mask(payload, path, 0);
		}
		return payload;
	}

	private static void mask(JsonNode node, String[] path, int depth) {
		if (!(node instanceof ObjectNode object) || !object.has(path[depth])) {
			return;
		}
		if (depth == path.length - 1) {
			object.put(path[depth], MASK);
		} else {
			mask(object.get(path[depth]), path, depth + 1);
		}
	}
}
