package org.syncscope.resolution;

import java.util.Objects;
import java.util.UUID;

import org.syncscope.core.event.Operation;
import org.syncscope.core.policy.ConflictPolicy;

import com.fasterxml.jackson.databind.node.ObjectNode;

/** What an operator decided for one conflict; the service turns it into the event to write back. */
public sealed interface Decision {

	/** A short label for the resolutions table and the audit trail. */
	String label();

	/**
	 * Keep one sibling's content as it is.
	 *
	 * @param eventId the sibling kept
	 */
	record KeepVersion(UUID eventId) implements Decision {
		public KeepVersion {
			Objects.requireNonNull(eventId, "eventId");
		}

		@Override
		public String label() {
			return "KEEP_VERSION";
		}
	}

	/**
	 * Resolve as an automatic policy would (the link's, or one chosen for a bulk action).
	 *
	 * @param policy the policy; {@link ConflictPolicy#MANUAL} decides nothing
	 */
	record ApplyPolicy(ConflictPolicy policy) implements Decision {
		public ApplyPolicy {
			Objects.requireNonNull(policy, "policy");
		}

		@Override
		public String label() {
			return policy.name();
		}
	}

	/** Take every field changed on one side only; refused when some field was changed on several sides. */
	record TakeNonConflicting() implements Decision {
		@Override
		public String label() {
			return "NON_CONFLICTING";
		}
	}

	/**
	 * The operator's own merge.
	 *
	 * @param operation upsert the payload, or delete the key
	 * @param payload the merged object (ignored for a delete)
	 */
	record Merge(Operation operation, ObjectNode payload) implements Decision {
		public Merge {
			Objects.requireNonNull(operation, "operation");
			payload = Objects.requireNonNull(payload, "payload").deepCopy();
		}

		@Override
		public String label() {
			return "MANUAL_MERGE";
		}
	}
}
