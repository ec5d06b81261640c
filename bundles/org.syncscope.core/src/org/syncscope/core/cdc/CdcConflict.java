package org.syncscope.core.cdc;

import java.util.List;
import java.util.Objects;
import java.util.Set;

import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * Concurrent changes of one row in two regions: both made from the same base row (their common ancestor),
 * each region's change as captured there, and the columns they set differently.
 */
public record CdcConflict(String key, ObjectNode ancestor, List<RegionalChange> siblings, Set<String> columns) {

	public CdcConflict {
		Objects.requireNonNull(key, "key");
		Objects.requireNonNull(ancestor, "ancestor");
		siblings = List.copyOf(siblings);
		columns = Set.copyOf(columns);
	}
}
