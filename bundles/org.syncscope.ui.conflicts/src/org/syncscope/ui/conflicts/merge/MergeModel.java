package org.syncscope.ui.conflicts.merge;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.syncscope.core.event.ChangeEvent;
import org.syncscope.core.event.Operation;
import org.syncscope.core.merge.FieldPath;
import org.syncscope.core.merge.FieldRule;
import org.syncscope.core.merge.FieldRuleMerge;
import org.syncscope.core.merge.FieldType;
import org.syncscope.resolution.FieldDiff;
import org.syncscope.resolution.StoredConflict;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.MissingNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * The operator's merge of one conflict in progress: for every field (nested fields by their dotted path, as
 * {@link FieldDiff} compares them), where its value comes from (the
 * ancestor, a sibling, a field rule of the link, or an edited JSON value). It starts from the non-conflicting
 * merge: fields changed on one side only take that side, clashing fields the first sibling's value, and a
 * differing field that one of the link's field rules merges takes the merged value, marked with its rule.
 * Pure data, no widgets.
 */
public final class MergeModel {

	/** Where a field's merged value comes from. */
	public sealed interface Source {
		/** Display name of the source. */
		String label();
	}

	/** The common ancestor's value. */
	public record FromAncestor() implements Source {
		@Override
		public String label() {
			return "ancestor";
		}
	}

	/** Sibling {@code index}'s value. */
	public record FromSibling(int index, String origin) implements Source {
		@Override
		public String label() {
			return origin;
		}
	}

	/** The value the link's field rule of {@code type} merged (missing: the field is removed). */
	public record ByRule(FieldType type, JsonNode value) implements Source {
		@Override
		public String label() {
			return type + " rule";
		}
	}

	/** An edited value (missing: the field is removed). */
	public record Edited(JsonNode value) implements Source {
		@Override
		public String label() {
			return "edited";
		}
	}

	private static final ObjectMapper JSON = new ObjectMapper();

	private final StoredConflict conflict;
	private final FieldDiff diff;
	private final Map<String, Source> choices = new HashMap<>();

	/** A merge of {@code conflict} starting from its non-conflicting changes. */
	public MergeModel(StoredConflict conflict) {
		this(conflict, List.of());
	}

	/**
	 * A merge of {@code conflict} starting from its non-conflicting changes and what {@code rules} (the link's
	 * field rules, for a link resolving by them) merge.
	 */
	public MergeModel(StoredConflict conflict, List<FieldRule> rules) {
		this.conflict = conflict;
		this.diff = FieldDiff.of(conflict.siblings(), conflict.ancestor());
		Optional<FieldRuleMerge.Result> ruled = ruleMerge(rules);
		for (FieldDiff.Row row : diff.rows()) {
			choices.put(row.name(), ruled.flatMap(result -> byRule(result, row)).orElseGet(() -> initial(row)));
		}
	}

	/** The rules' merge of the conflict, unless a version deletes the key (deletes are never merged). */
	private Optional<FieldRuleMerge.Result> ruleMerge(List<FieldRule> rules) {
		if (rules.isEmpty() || conflict.siblings().stream().anyMatch(e -> e.operation() == Operation.DELETE)) {
			return Optional.empty();
		}
		return Optional.of(new FieldRuleMerge(rules).mergeEvents(conflict.ancestor(), conflict.siblings()));
	}

	/** The merged value of a differing field inside a rule's field whose law the merge applied. */
	private static Optional<Source> byRule(FieldRuleMerge.Result result, FieldDiff.Row row) {
		FieldPath path = new FieldPath(row.path());
		return result.applied().stream().filter(rule -> row.differs() && path.isWithin(rule.path())).findFirst()
				.map(rule -> new ByRule(rule.type(), path.valueIn(result.merged())));
	}

	private Source initial(FieldDiff.Row row) {
		List<JsonNode> values = row.values();
		for (int i = 0; i < values.size(); i++) {
			if (conflict.ancestor().isPresent() && !values.get(i).equals(row.ancestor())) {
				return sibling(i);
			}
		}
		return sibling(0);
	}

	private FromSibling sibling(int index) {
		return new FromSibling(index, conflict.siblings().get(index).origin());
	}

	/** The conflict merged. */
	public StoredConflict conflict() {
		return conflict;
	}

	/** The field comparison. */
	public FieldDiff diff() {
		return diff;
	}

	/** Where {@code field}'s value comes from. */
	public Source source(String field) {
		return choices.get(field);
	}

	/** Takes {@code field} from sibling {@code index}. */
	public void pickSibling(String field, int index) {
		choices.put(field, sibling(index));
	}

	/** Takes {@code field} from the ancestor (only when known). */
	public void pickAncestor(String field) {
		if (conflict.ancestor().isPresent()) {
			choices.put(field, new FromAncestor());
		}
	}

	/**
	 * Sets {@code field} to the JSON {@code text} (empty text removes the field).
	 *
	 * @return the parse error, if the text is not JSON
	 */
	public Optional<String> edit(String field, String text) {
		if (text.isBlank()) {
			choices.put(field, new Edited(MissingNode.getInstance()));
			return Optional.empty();
		}
		try {
			choices.put(field, new Edited(JSON.readTree(text)));
			return Optional.empty();
		} catch (JsonProcessingException e) {
			return Optional.of(e.getOriginalMessage());
		}
	}

	/** The merged value of {@code field}, missing when absent. */
	public JsonNode value(String field) {
		FieldDiff.Row row = diff.rows().stream().filter(r -> r.name().equals(field)).findFirst().orElseThrow();
		return switch (choices.get(field)) {
		case FromAncestor ancestor -> row.ancestor();
		case FromSibling sibling -> row.values().get(sibling.index());
		case ByRule rule -> rule.value();
		case Edited edited -> edited.value();
		};
	}

	/** The merged object; a nested field's value goes into its enclosing objects, made as needed. */
	public ObjectNode merged() {
		ObjectNode merged = JSON.createObjectNode();
		for (FieldDiff.Row row : diff.rows()) {
			JsonNode value = value(row.name());
			if (!value.isMissingNode()) {
				ObjectNode parent = merged;
				List<String> path = row.path();
				for (String name : path.subList(0, path.size() - 1)) {
					parent = parent.has(name) ? (ObjectNode) parent.get(name) : parent.putObject(name);
				}
				parent.set(path.get(path.size() - 1), value.deepCopy());
			}
		}
		return merged;
	}

	/** The siblings, in column order. */
	public List<ChangeEvent> siblings() {
		return conflict.siblings();
	}
}
