package org.syncscope.core.merge;

import com.fasterxml.jackson.databind.JsonNode;

/** What merging one field's concurrent values gave. */
public sealed interface FieldMerge {

	/** The merged value ({@link com.fasterxml.jackson.databind.node.MissingNode} when the field goes away). */
	record Merged(JsonNode value) implements FieldMerge {
	}

	/** The values cannot be merged by the rule; {@code reason} says why, for the person who decides. */
	record Refused(String reason) implements FieldMerge {
	}
}
