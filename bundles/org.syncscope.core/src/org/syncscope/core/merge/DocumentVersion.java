package org.syncscope.core.merge;

import java.util.Objects;

import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * One concurrent version of a record, as field rules merge it.
 *
 * @param versionId the version's event id: the same version met twice counts once
 * @param payload the record's fields
 * @param timestamp the version's source timestamp
 * @param replica the replica that wrote it
 */
public record DocumentVersion(String versionId, ObjectNode payload, long timestamp, String replica) {

	/** Checks the parts are given. */
	public DocumentVersion {
		Objects.requireNonNull(versionId, "versionId");
		Objects.requireNonNull(payload, "payload");
		Objects.requireNonNull(replica, "replica");
	}

	/** This version's value of the field at {@code path}. */
	FieldVersion field(FieldPath path) {
		return new FieldVersion(versionId, path.valueIn(payload), timestamp, replica);
	}
}
