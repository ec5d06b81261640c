package org.syncscope.core.policy;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.syncscope.core.event.ChangeEvent;
import org.syncscope.core.event.Operation;
import org.syncscope.core.event.Payload;
import org.syncscope.core.merge.FieldPath;
import org.syncscope.core.merge.FieldRule;
import org.syncscope.core.merge.FieldRuleMerge;

/**
 * Resolves a conflict of upserts by the link's field rules ({@link FieldRuleMerge}): when every field is
 * decided, the merged record is the resolution, and its explanation names the rules whose law was applied;
 * otherwise the conflict waits for a person, told which fields are left and why. Deletes are never merged.
 */
final class FieldRulesResolver implements ConflictResolver {

	private final ResolutionContext context;
	private final FieldRuleMerge merge;

	FieldRulesResolver(ResolutionContext context) {
		this.context = context;
		this.merge = new FieldRuleMerge(context.fieldRules());
	}

	@Override
	public Resolution resolve(ResolutionRequest request) {
		if (request.siblings().stream().anyMatch(e -> e.operation() == Operation.DELETE)) {
			return new Resolution.Manual(ConflictPolicy.FIELD_RULES, "a sibling deletes the key");
		}
		FieldRuleMerge.Result result = merge.mergeEvents(request.ancestor(), request.siblings());
		if (!result.complete()) {
			return new Resolution.Manual(ConflictPolicy.FIELD_RULES, "left for a person: " + undecided(result.undecided()));
		}
		ChangeEvent resolved = ResolvedEvents.create(request, ConflictPolicy.FIELD_RULES, Operation.UPSERT,
				Payload.of(result.merged()), context);
		return new Resolution.Resolved(resolved, ConflictPolicy.FIELD_RULES, explanation(result.applied()));
	}

	private static String explanation(List<FieldRule> applied) {
		return applied.isEmpty() ? "merged by field rules: the versions' changes did not overlap"
				: "merged by field rules: " + applied.stream().map(FieldRule::toString).collect(Collectors.joining(", "));
	}

	private static String undecided(Map<FieldPath, String> undecided) {
		return undecided.entrySet().stream().map(field -> field.getKey() + " (" + field.getValue() + ")")
				.collect(Collectors.joining("; "));
	}
}
