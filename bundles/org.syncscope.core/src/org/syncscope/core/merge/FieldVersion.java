package org.syncscope.core.merge;

import java.util.Objects;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * One concurrent version of a field: the value it holds ({@link com.fasterxml.jackson.databind.node.MissingNode}
 * when the version lacks the field), and the version's identity and stamp.
 *
 * @param versionId the version's event id: the same version met twice counts once
 * @param value the field's value in that version
 * @param timestamp the version's source timestamp, by which {@link FieldType#LWW} orders
 * @param replica the replica that wrote the version, which breaks a timestamp tie
 */
public record FieldVersion(String versionId, JsonNode value, long timestamp, String replica) {

	/** Checks the parts are given. */
	public FieldVersion {
		Objects.requireNonNull(versionId, "versionId");
		Objects.requireNonNull(value, "value");
		Objects.requireNonNull(replica, "replica");
	}
}
