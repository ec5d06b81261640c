package org.syncscope.core.policy;

import java.time.Clock;
import java.util.List;
import java.util.Objects;

import org.syncscope.core.merge.FieldRule;

/**
 * What a resolver needs to know about its link besides the conflict: which replica is the source and which
 * the target (for the side-wins policies), under which replica id resolved events are written (its counter
 * is incremented so that the resolution is a new version), the clock that stamps them, and the link's field
 * rules (for {@link ConflictPolicy#FIELD_RULES}).
 *
 * @param sourceReplica replica id of the link's source endpoint
 * @param targetReplica replica id of the link's target endpoint
 * @param resolverReplica replica id that authors resolved events
 * @param clock source of resolved events' timestamps
 * @param fieldRules the link's field rules, none for most links
 */
public record ResolutionContext(String sourceReplica, String targetReplica, String resolverReplica, Clock clock,
		List<FieldRule> fieldRules) {

	/**
	 * What every SyncScope resolver's replica id starts with, so that a resolution is recognised on a change
	 * log even where the detector does not know the conflict it resolves (for example after a restart).
	 */
	public static final String RESOLVER_REPLICA_PREFIX = "syncscope-console";

	/** Whether {@code replica} is a SyncScope resolver's replica id. */
	public static boolean isResolver(String replica) {
		return replica.startsWith(RESOLVER_REPLICA_PREFIX);
	}

	/** Requires all values. */
	public ResolutionContext {
		Objects.requireNonNull(sourceReplica, "sourceReplica");
		Objects.requireNonNull(targetReplica, "targetReplica");
		Objects.requireNonNull(resolverReplica, "resolverReplica");
		Objects.requireNonNull(clock, "clock");
		fieldRules = List.copyOf(fieldRules);
	}

	/** The context of a link without field rules. */
	public ResolutionContext(String sourceReplica, String targetReplica, String resolverReplica, Clock clock) {
		this(sourceReplica, targetReplica, resolverReplica, clock, List.of());
	}
}
