package org.syncscope.core.policy;

/**
 * Resolves one conflict according to a policy. Implementations are pure and deterministic for a given
 * request and clock reading, so that a resolution replayed after a crash publishes the same event.
 */
@FunctionalInterface
public interface ConflictResolver {

	/** Decides {@code request}. */
	Resolution resolve(ResolutionRequest request);

	/** The resolver of {@code policy} for the link described by {@code context}. */
	static ConflictResolver forPolicy(ConflictPolicy policy, ResolutionContext context) {
		return switch (policy) {
		case MANUAL -> request -> new Resolution.Manual(policy, "the link's policy is MANUAL");
		case LAST_WRITER_WINS -> new LastWriterWins(context);
		case SOURCE_WINS -> new SideWins(policy, context.sourceReplica(), context);
		case TARGET_WINS -> new SideWins(policy, context.targetReplica(), context);
		case MERGE_DISJOINT_FIELDS -> new DisjointFieldMerge(context);
		case FIELD_RULES -> new FieldRulesResolver(context);
		};
	}
}
