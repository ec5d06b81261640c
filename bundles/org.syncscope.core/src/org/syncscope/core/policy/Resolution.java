package org.syncscope.core.policy;

import org.syncscope.core.event.ChangeEvent;

/** What a resolver decided: a resolved event to publish, or the conflict goes to the console's queue. */
public sealed interface Resolution {

	/**
	 * An automatic resolution.
	 *
	 * @param event the event to publish; its vector dominates every sibling
	 * @param policy the policy that produced it
	 * @param explanation why this content won, for the audit trail
	 */
	record Resolved(ChangeEvent event, ConflictPolicy policy, String explanation) implements Resolution {
	}

	/**
	 * The conflict needs a human.
	 *
	 * @param policy the policy that declined
	 * @param reason why, shown in the console
	 */
	record Manual(ConflictPolicy policy, String reason) implements Resolution {
	}
}
