package org.syncscope.core.cdc;

import java.util.Objects;

/** A row change as captured from the database of one region. */
public record RegionalChange(String region, RowChange change) {

	public RegionalChange {
		Objects.requireNonNull(region, "region");
		Objects.requireNonNull(change, "change");
	}
}
