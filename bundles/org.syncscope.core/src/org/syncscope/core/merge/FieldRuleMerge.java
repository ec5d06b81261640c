package org.syncscope.core.merge;

import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

import org.syncscope.core.event.ChangeEvent;
import org.syncscope.core.event.Operation;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.MissingNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * Merges the concurrent versions of a record field by field, three-way from the common ancestor when it is
 * known. A field with a rule (and everything inside it) merges by its {@link FieldLaws law}; any other field
 * is taken from the versions when they agree, or, with the ancestor, from the one value it was changed to
 * (a change on one side only is no conflict); without the ancestor, a field some versions lack is kept when
 * the versions that have it agree (as {@code MERGE_DISJOINT_FIELDS} does). What is left, a field without a
 * rule changed differently on several sides or a ruled field its law refuses, is undecided, with the reason,
 * for a person. The merged record holds everything decided; an undecided field keeps the ancestor's value (or
 * the first version's).
 */
public final class FieldRuleMerge {

	private static final Comparator<FieldPath> OUTER_FIRST = Comparator
			.comparingInt((FieldPath path) -> path.segments().size()).thenComparing(FieldPath::toString);

	/** What the merge decided, what it left undecided and why, and the rules whose law it applied. */
	public record Result(ObjectNode merged, List<FieldRule> applied, Map<FieldPath, String> undecided) {

		/** Whether every field was decided, so the merged record resolves the conflict. */
		public boolean complete() {
			return undecided.isEmpty();
		}
	}

	private final List<FieldRule> rules;

	/**
	 * A merge with {@code rules}.
	 *
	 * @throws IllegalArgumentException when two rules name the same field or one lies inside another's field
	 */
	public FieldRuleMerge(List<FieldRule> rules) {
		this.rules = List.copyOf(rules);
		for (FieldRule rule : this.rules) {
			for (FieldRule other : this.rules) {
				if (rule != other && rule.path().isWithin(other.path())) {
					throw new IllegalArgumentException("the rule for " + rule.path() + " lies within the rule for "
							+ other.path() + ": a field has one rule");
				}
			}
		}
	}

	/**
	 * Merges the upserts {@code siblings} (at least one) of a conflict; {@code ancestor} counts when it is a
	 * known upsert.
	 */
	public Result mergeEvents(Optional<ChangeEvent> ancestor, List<ChangeEvent> siblings) {
		return merge(ancestor.filter(event -> event.operation() == Operation.UPSERT)
				.map(event -> event.payload().toObjectNode()),
				siblings.stream().map(event -> new DocumentVersion(event.eventId().toString(),
						event.payload().toObjectNode(), event.sourceTimestamp(), event.origin())).toList());
	}

	/**
	 * Merges {@code versions} (at least one).
	 *
	 * @param ancestor the common ancestor's fields, or empty when it is not known
	 */
	public Result merge(Optional<ObjectNode> ancestor, List<DocumentVersion> versions) {
		if (versions.isEmpty()) {
			throw new IllegalArgumentException("nothing to merge");
		}
		ObjectNode merged = ancestor.orElse(versions.get(0).payload()).deepCopy();
		List<FieldRule> applied = new ArrayList<>();
		Map<FieldPath, String> undecided = new LinkedHashMap<>();
		for (FieldPath path : unruledLeaves(ancestor, versions)) {
			decideUnruled(path, ancestor, versions, merged, undecided);
		}
		for (FieldRule rule : rules) {
			List<FieldVersion> values = versions.stream().map(version -> version.field(rule.path())).toList();
			if (values.stream().map(FieldVersion::value).distinct().count() == 1) {
				rule.path().put(merged, values.get(0).value());
				continue;
			}
			switch (FieldLaws.merge(rule.type(), ancestor.map(rule.path()::valueIn), values)) {
			case FieldMerge.Merged result -> {
				rule.path().put(merged, result.value());
				applied.add(rule);
			}
			case FieldMerge.Refused refused -> undecided.put(rule.path(), refused.reason());
			}
		}
		return new Result(merged, List.copyOf(applied), Collections.unmodifiableMap(undecided));
	}

	private static void decideUnruled(FieldPath path, Optional<ObjectNode> ancestor, List<DocumentVersion> versions,
			ObjectNode merged, Map<FieldPath, String> undecided) {
		Set<JsonNode> values = new LinkedHashSet<>();
		versions.forEach(version -> values.add(path.valueIn(version.payload())));
		if (values.size() == 1) {
			path.put(merged, values.iterator().next());
			return;
		}
		if (ancestor.isEmpty()) {
			values.remove(MissingNode.getInstance());
			if (values.size() == 1) {
				path.put(merged, values.iterator().next());
			} else {
				undecided.put(path, "the versions differ and the common ancestor is not known");
			}
			return;
		}
		JsonNode base = path.valueIn(ancestor.get());
		values.remove(base);
		if (values.size() == 1) {
			path.put(merged, values.iterator().next());
			return;
		}
		List<String> changers = versions.stream().filter(version -> !path.valueIn(version.payload()).equals(base))
				.map(DocumentVersion::replica).distinct().toList();
		undecided.put(path, "changed differently on " + String.join(" and ", changers) + ", and no rule says how"
				+ " to merge it");
	}

	/** The leaf fields of all documents, outermost first, leaving out those that lie within a rule's field. */
	private Set<FieldPath> unruledLeaves(Optional<ObjectNode> ancestor, List<DocumentVersion> versions) {
		Set<FieldPath> leaves = new TreeSet<>(OUTER_FIRST);
		ancestor.ifPresent(document -> collectLeaves(document, List.of(), leaves));
		versions.forEach(version -> collectLeaves(version.payload(), List.of(), leaves));
		leaves.removeIf(leaf -> rules.stream().anyMatch(rule -> leaf.isWithin(rule.path())));
		return leaves;
	}

	private static void collectLeaves(JsonNode node, List<String> prefix, Set<FieldPath> leaves) {
		if (node.isObject() && (prefix.isEmpty() || !node.isEmpty())) {
			node.properties().forEach(field -> {
				List<String> path = new ArrayList<>(prefix);
				path.add(field.getKey());
				collectLeaves(field.getValue(), path, leaves);
			});
		} else {
			leaves.add(new FieldPath(prefix));
		}
	}
}
