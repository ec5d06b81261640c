package org.syncscope.core.policy;

import java.util.Comparator;

import org.syncscope.core.event.ChangeEvent;

/**
 * Keeps the content of the sibling with the latest source timestamp. Clocks of different replicas disagree,
 * so equal timestamps are common enough to need a rule that every node applies alike: the greater origin
 * replica id wins, then the greater event id.
 */
final class LastWriterWins implements ConflictResolver {

	/** Orders siblings so that the winner is the maximum. */
	static final Comparator<ChangeEvent> ORDER = Comparator.comparingLong(ChangeEvent::sourceTimestamp)
			.thenComparing(ChangeEvent::origin).thenComparing(ChangeEvent::eventId);

	private final ResolutionContext context;

	LastWriterWins(ResolutionContext context) {
		this.context = context;
	}

	@Override
	public Resolution resolve(ResolutionRequest request) {
		ChangeEvent winner = request.siblings().stream().max(ORDER).orElseThrow();
		ChangeEvent resolved = ResolvedEvents.create(request, ConflictPolicy.LAST_WRITER_WINS,
				winner.operation(), winner.payload(), context);
		return new Resolution.Resolved(resolved, ConflictPolicy.LAST_WRITER_WINS,
				"latest write " + winner.eventId() + " from " + winner.origin() + " at " + winner.sourceTimestamp());
	}
}
