package org.syncscope.resolution;

import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * Writes a resolved row into the databases of a link that carries Debezium's events, where a resolution
 * cannot be an event on the link's topic: the row is set in the link's source database, whose connector
 * captures the change and whose sink carries it to the other region.
 */
@FunctionalInterface
public interface RowWriteBack {

	/** Writes nothing: every write-back is refused. */
	RowWriteBack NONE = (linkId, key, row, originColumn) -> {
		throw new ResolutionException("SyncScope has no access to the databases of link " + linkId
				+ ": resolve the row in the databases, then Ignore the conflict here");
	};

	/**
	 * Sets the columns of {@code row} in the row of {@code key} (as Debezium's decoder writes it) in link
	 * {@code linkId}'s source database, leaving {@code originColumn} to the database's own stamp; returns where
	 * it was written, for the audit.
	 *
	 * @throws ResolutionException when the database cannot be reached or has no such row (nothing written)
	 */
	String write(String linkId, String key, ObjectNode row, String originColumn) throws ResolutionException;
}
