package org.syncscope.core.policy;

import org.syncscope.core.event.ChangeEvent;
import org.syncscope.core.event.Operation;
import org.syncscope.core.event.Payload;

/**
 * Builds the event for a resolution an operator decided (a field-by-field merge or one side kept): like the
 * automatic policies' events its vector dominates every sibling, and its id is derived from the siblings and
 * the chosen content, so that the same decision published twice is recognised as one write.
 */
public final class ManualResolutions {

	private ManualResolutions() {
	}

	/** The event writing {@code payload} (or deleting, for {@link Operation#DELETE}) over all siblings. */
	public static ChangeEvent create(ResolutionRequest request, Operation operation, Payload payload,
			ResolutionContext context) {
		String tag = ConflictPolicy.MANUAL.name() + '/' + operation + '/' + Long.toHexString(payload.fingerprint());
		return ResolvedEvents.create(request, tag, operation, payload, context);
	}
}
