package org.syncscope.core.policy;

import java.util.List;

import org.syncscope.core.event.ChangeEvent;

/**
 * Keeps the content written at one side of the link (source or target). When no sibling comes from that
 * side (a conflict between two other replicas of a mesh) the policy has no answer and asks for a human
 * rather than guessing; when several do, the latest of them wins as in {@link LastWriterWins}.
 */
final class SideWins implements ConflictResolver {

	private final ConflictPolicy policy;
	private final String replica;
	private final ResolutionContext context;

	SideWins(ConflictPolicy policy, String replica, ResolutionContext context) {
		this.policy = policy;
		this.replica = replica;
		this.context = context;
	}

	@Override
	public Resolution resolve(ResolutionRequest request) {
		List<ChangeEvent> fromSide = request.siblings().stream().filter(e -> e.origin().equals(replica)).toList();
		if (fromSide.isEmpty()) {
			return new Resolution.Manual(policy, "no version was written at replica " + replica);
		}
		ChangeEvent winner = fromSide.stream().max(LastWriterWins.ORDER).orElseThrow();
		ChangeEvent resolved = ResolvedEvents.create(request, policy, winner.operation(), winner.payload(), context);
		return new Resolution.Resolved(resolved, policy, "version " + winner.eventId() + " written at " + replica);
	}
}
