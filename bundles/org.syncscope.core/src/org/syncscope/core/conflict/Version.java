package org.syncscope.core.conflict;

import java.util.UUID;

import org.syncscope.core.event.ChangeEvent;
import org.syncscope.core.event.Operation;
import org.syncscope.core.vv.VersionVector;

/**
 * One concurrent version of a key as the detector knows it: enough to show it, to tell pseudo-conflicts
 * apart and to find the full event again in the history by {@link #eventId()}. The detector does not keep
 * payloads (that would cost their size for every tracked key).
 *
 * @param eventId id of the event that wrote this version
 * @param origin replica where it was written
 * @param operation upsert or delete
 * @param vector its version vector
 * @param sourceTimestamp when it was written at the origin, epoch milliseconds
 * @param payloadFingerprint the {@link org.syncscope.core.event.Payload#fingerprint() fingerprint} of its
 *                           payload
 */
public record Version(UUID eventId, String origin, Operation operation, VersionVector vector, long sourceTimestamp,
		long payloadFingerprint) {

	/** The version written by {@code event}. */
	public static Version of(ChangeEvent event) {
		return new Version(event.eventId(), event.origin(), event.operation(), event.version(),
				event.sourceTimestamp(), event.payload().fingerprint());
	}

	/** Whether both versions carry the same operation and payload content. */
	public boolean sameContent(Version other) {
		return operation == other.operation && payloadFingerprint == other.payloadFingerprint;
	}
}
