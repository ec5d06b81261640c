package org.syncscope.resolution;

import java.time.Clock;

import org.syncscope.core.event.ChangeEvent;
import org.syncscope.core.event.Operation;
import org.syncscope.core.event.Payload;
import org.syncscope.core.policy.ConflictPolicy;
import org.syncscope.core.policy.ConflictResolver;
import org.syncscope.core.policy.ManualResolutions;
import org.syncscope.core.policy.Resolution;
import org.syncscope.core.policy.ResolutionContext;
import org.syncscope.core.policy.ResolutionRequest;
import org.syncscope.kafka.monitor.LinkSpec;

/** Turns a decision into the event that would resolve a conflict, using the core's policies. */
final class Proposals {

	private Proposals() {
	}

	static Proposal propose(StoredConflict conflict, Decision decision, LinkSpec link, ConsoleSettings settings,
			Clock clock) throws ResolutionException {
		ResolutionRequest request = request(conflict);
		ResolutionContext context = context(link, settings, clock);
		return switch (decision) {
		case Decision.KeepVersion keep -> {
			ChangeEvent kept = conflict.siblings().stream().filter(e -> e.eventId().equals(keep.eventId())).findFirst()
					.orElseThrow(() -> new ResolutionException("Version " + keep.eventId() + " is not a sibling"));
			yield new Proposal(conflict, decision,
					ManualResolutions.create(request, kept.operation(), kept.payload(), context),
					"kept the version written at " + kept.origin() + " (" + kept.eventId() + ")");
		}
		case Decision.ApplyPolicy apply -> fromPolicy(conflict, decision, apply.policy(), request, context);
		case Decision.TakeNonConflicting take -> fromPolicy(conflict, decision, ConflictPolicy.MERGE_DISJOINT_FIELDS,
				request, context);
		case Decision.Merge merge -> new Proposal(conflict, decision,
				ManualResolutions.create(request, merge.operation(),
						merge.operation() == Operation.DELETE ? Payload.empty() : Payload.of(merge.payload()), context),
				merge.operation() == Operation.DELETE ? "the operator deleted the key"
						: "the operator merged the versions field by field");
		};
	}

	/** What {@code link}'s own policy would do with {@code conflict}, and why. */
	static Resolution advise(StoredConflict conflict, LinkSpec link, ConsoleSettings settings, Clock clock)
			throws ResolutionException {
		return ConflictResolver.forPolicy(link.policy(), context(link, settings, clock)).resolve(request(conflict));
	}

	private static Proposal fromPolicy(StoredConflict conflict, Decision decision, ConflictPolicy policy,
			ResolutionRequest request, ResolutionContext context) throws ResolutionException {
		Resolution resolution = ConflictResolver.forPolicy(policy, context).resolve(request);
		if (resolution instanceof Resolution.Resolved resolved) {
			return new Proposal(conflict, decision, resolved.event(), policy + ": " + resolved.explanation());
		}
		Resolution.Manual manual = (Resolution.Manual) resolution;
		throw new ResolutionException(policy + " cannot decide: " + manual.reason());
	}

	private static ResolutionRequest request(StoredConflict conflict) throws ResolutionException {
		if (!conflict.complete()) {
			throw new ResolutionException("Only " + conflict.siblings().size() + " of " + conflict.versionCount()
					+ " versions of " + conflict.key() + " are known in full: it cannot be merged here");
		}
		return new ResolutionRequest(conflict.siblings(), conflict.ancestor());
	}

	private static ResolutionContext context(LinkSpec link, ConsoleSettings settings, Clock clock) {
		return new ResolutionContext(link.sourceReplica(), link.targetReplica(), settings.resolverReplica(), clock,
				link.fieldRules());
	}
}
