package org.syncscope.core.policy;

import java.nio.charset.StandardCharsets;
import java.util.Comparator;
import java.util.UUID;

import org.syncscope.core.event.ChangeEvent;
import org.syncscope.core.event.Operation;
import org.syncscope.core.event.Payload;
import org.syncscope.core.vv.VersionVector;

/**
 * Builds the event that closes a conflict: its vector is the merge of all siblings with the resolver's
 * counter incremented, so it strictly dominates each of them, and its id is derived from the sibling ids and
 * the policy, so that resolving the same conflict twice yields the same event (idempotent publishing).
 */
final class ResolvedEvents {

	private ResolvedEvents() {
	}

	static ChangeEvent create(ResolutionRequest request, ConflictPolicy policy, Operation operation,
			Payload payload, ResolutionContext context) {
		return create(request, policy.name(), operation, payload, context);
	}

	/** As above, with the id derived from {@code tag} instead of a policy name. */
	static ChangeEvent create(ResolutionRequest request, String tag, Operation operation, Payload payload,
			ResolutionContext context) {
		VersionVector merged = VersionVector.empty();
		StringBuilder identity = new StringBuilder(tag);
		for (ChangeEvent sibling : request.siblings().stream()
				.sorted(Comparator.comparing(ChangeEvent::eventId)).toList()) {
			merged = merged.merge(sibling.version());
			identity.append('/').append(sibling.eventId());
		}
		UUID id = UUID.nameUUIDFromBytes(identity.toString().getBytes(StandardCharsets.UTF_8));
		return new ChangeEvent(id, request.key(), operation, payload, context.resolverReplica(),
				merged.increment(context.resolverReplica()), context.clock().millis());
	}
}
