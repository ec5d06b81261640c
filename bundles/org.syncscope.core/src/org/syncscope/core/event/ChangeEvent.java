package org.syncscope.core.event;

import java.util.Objects;
import java.util.UUID;

import org.syncscope.core.vv.VersionVector;

/**
 * One record of a change-log topic: a write made at replica {@code origin} to {@code key}, with the version
 * vector that write produced. It is the input of the detector and the output of the automatic policies.
 *
 * @param eventId unique id of this write, used to find it again in the history
 * @param key the key written
 * @param operation upsert or delete
 * @param payload the JSON object written (conventionally empty for a delete)
 * @param origin the replica where the write was made; its counter in {@code version} is positive
 * @param version the version vector of the write
 * @param sourceTimestamp when the write was made at the origin, epoch milliseconds
 */
public record ChangeEvent(UUID eventId, String key, Operation operation, Payload payload, String origin,
		VersionVector version, long sourceTimestamp) {

	/**
	 * Checks the invariants that the wire format also enforces.
	 *
	 * @throws IllegalArgumentException for a blank key or origin, a negative timestamp, or an origin without a
	 *                                  counter in the version
	 */
	public ChangeEvent {
		Objects.requireNonNull(eventId, "eventId");
		Objects.requireNonNull(key, "key");
		Objects.requireNonNull(operation, "operation");
		Objects.requireNonNull(payload, "payload");
		Objects.requireNonNull(origin, "origin");
		Objects.requireNonNull(version, "version");
		if (key.isEmpty()) {
			throw new IllegalArgumentException("Empty key");
		}
		if (origin.isBlank()) {
			throw new IllegalArgumentException("Blank origin");
		}
		if (sourceTimestamp < 0) {
			throw new IllegalArgumentException("Negative source timestamp " + sourceTimestamp);
		}
		if (version.counter(origin) == 0) {
			throw new IllegalArgumentException("Origin " + origin + " has no counter in " + version);
		}
	}
}
