package org.syncscope.core.merge;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.MissingNode;

/**
 * The merge laws of the {@link FieldType}s, applied three-way to the concurrent values of one field. Versions
 * with the same id count once (a version met twice is still one change), and the result does not depend on
 * the order of the versions, nor on whether some of them were merged first: merging is commutative,
 * associative and idempotent.
 * <p>
 * A {@link FieldType#COUNTER} or {@link FieldType#SET} needs the common ancestor, since a side's change is what
 * it holds minus what the ancestor held; without it they are refused. A field the ancestor lacks counts as 0
 * or the empty set; a side that lacks a field the ancestor had removed it, which no law merges. A set's
 * merged array keeps the ancestor's order for the elements it keeps, then lists the added elements in the
 * order of their JSON text. Seen from states, an element a side removed and added back, or added while it was
 * there already, is untouched on that side, so it cannot outweigh a removal on another side.
 */
public final class FieldLaws {

	private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

	private FieldLaws() {
	}

	/**
	 * Merges the values of {@code versions} (at least one) by the law of {@code type}.
	 *
	 * @param ancestor the field in the common ancestor ({@link MissingNode} when it lacked it), or empty when
	 *        the ancestor is not known
	 */
	public static FieldMerge merge(FieldType type, Optional<JsonNode> ancestor, List<FieldVersion> versions) {
		List<FieldVersion> distinct = distinct(versions);
		return switch (type) {
		case COUNTER -> ancestor.map(base -> counter(base, distinct)).orElseGet(() -> withoutAncestor(type));
		case SET -> ancestor.map(base -> set(base, distinct)).orElseGet(() -> withoutAncestor(type));
		case MAX -> register(distinct, true);
		case MIN -> register(distinct, false);
		case LWW -> lastWriterWins(ancestor, distinct);
		};
	}

	/**
	 * The value of the latest version that wrote the field: with the ancestor known, a version still holding
	 * the ancestor's value did not write it (its timestamp is not the field's), so it only counts when no
	 * version did.
	 */
	private static FieldMerge lastWriterWins(Optional<JsonNode> ancestor, List<FieldVersion> versions) {
		List<FieldVersion> writers = ancestor
				.map(base -> versions.stream().filter(version -> !version.value().equals(base)).toList())
				.filter(changed -> !changed.isEmpty()).orElse(versions);
		return new FieldMerge.Merged(writers.stream().max(Comparator.comparingLong(FieldVersion::timestamp)
				.thenComparing(FieldVersion::replica).thenComparing(FieldVersion::versionId)).orElseThrow().value());
	}

	private static List<FieldVersion> distinct(List<FieldVersion> versions) {
		if (versions.isEmpty()) {
			throw new IllegalArgumentException("nothing to merge");
		}
		Map<String, FieldVersion> byId = new LinkedHashMap<>();
		versions.forEach(version -> byId.putIfAbsent(version.versionId(), version));
		return List.copyOf(byId.values());
	}

	private static FieldMerge withoutAncestor(FieldType type) {
		return new FieldMerge.Refused("a " + type + " merges each side's change from the common ancestor, which"
				+ " is not known for this conflict (it was written before monitoring started or left its window)");
	}

	private static FieldMerge counter(JsonNode ancestor, List<FieldVersion> versions) {
		Optional<FieldMerge> misfit = misfit(ancestor, versions, FieldType.COUNTER);
		if (misfit.isPresent()) {
			return misfit.get();
		}
		BigDecimal base = ancestor.isMissingNode() ? BigDecimal.ZERO : ancestor.decimalValue();
		BigDecimal sum = base;
		boolean integral = ancestor.isMissingNode() || ancestor.isIntegralNumber();
		for (FieldVersion version : versions) {
			JsonNode value = version.value();
			BigDecimal side = value.isMissingNode() ? BigDecimal.ZERO : value.decimalValue();
			integral &= value.isMissingNode() || value.isIntegralNumber();
			sum = sum.add(side.subtract(base));
		}
		return new FieldMerge.Merged(number(sum, integral));
	}

	private static JsonNode number(BigDecimal value, boolean integral) {
		if (!integral) {
			return NODES.numberNode(value);
		}
		if (value.compareTo(BigDecimal.valueOf(Integer.MIN_VALUE)) >= 0
				&& value.compareTo(BigDecimal.valueOf(Integer.MAX_VALUE)) <= 0) {
			return NODES.numberNode(value.intValueExact());
		}
		if (value.compareTo(BigDecimal.valueOf(Long.MIN_VALUE)) >= 0
				&& value.compareTo(BigDecimal.valueOf(Long.MAX_VALUE)) <= 0) {
			return NODES.numberNode(value.longValueExact());
		}
		return NODES.numberNode(value.toBigIntegerExact());
	}

	private static FieldMerge set(JsonNode ancestor, List<FieldVersion> versions) {
		Optional<FieldMerge> misfit = misfit(ancestor, versions, FieldType.SET);
		if (misfit.isPresent()) {
			return misfit.get();
		}
		Set<JsonNode> base = elements(ancestor);
		Set<JsonNode> removed = new LinkedHashSet<>();
		Map<String, JsonNode> added = new TreeMap<>();
		for (FieldVersion version : versions) {
			Set<JsonNode> side = elements(version.value());
			for (JsonNode element : base) {
				if (!side.contains(element)) {
					removed.add(element);
				}
			}
			for (JsonNode element : side) {
				if (!base.contains(element)) {
					added.put(element.toString(), element);
				}
			}
		}
		ArrayNode merged = NODES.arrayNode();
		base.stream().filter(element -> !removed.contains(element)).forEach(merged::add);
		added.values().forEach(merged::add);
		return new FieldMerge.Merged(merged);
	}

	private static Set<JsonNode> elements(JsonNode array) {
		Set<JsonNode> elements = new LinkedHashSet<>();
		array.forEach(elements::add);
		return elements;
	}

	private static FieldMerge register(List<FieldVersion> versions, boolean greatest) {
		List<JsonNode> values = new ArrayList<>();
		for (FieldVersion version : versions) {
			if (version.value().isMissingNode()) {
				return new FieldMerge.Refused(version.replica() + " has no value for it");
			}
			values.add(version.value());
		}
		Comparator<JsonNode> order;
		if (values.stream().allMatch(JsonNode::isNumber)) {
			order = Comparator.comparing(JsonNode::decimalValue);
		} else if (values.stream().allMatch(JsonNode::isTextual)) {
			order = Comparator.comparing(JsonNode::textValue);
		} else {
			return new FieldMerge.Refused("its values are not all numbers or all strings: " + values);
		}
		// equal numbers written differently (5 and 5.0) are told apart by their text and kind, so that the
		// order of the versions never matters
		order = order.thenComparing(JsonNode::toString).thenComparing(node -> node.getClass().getName());
		return new FieldMerge.Merged(values.stream().max(greatest ? order : order.reversed()).orElseThrow());
	}

	/**
	 * Why the values of a counter or set do not fit its law, if they do not: a value the type does not fit,
	 * or a field the ancestor had and a version removed. A field the ancestor lacked may be missing anywhere.
	 */
	private static Optional<FieldMerge> misfit(JsonNode ancestor, List<FieldVersion> versions, FieldType type) {
		if (!type.fits(ancestor)) {
			return Optional.of(new FieldMerge.Refused("the ancestor's value " + ancestor + " is not " + type.expected()));
		}
		for (FieldVersion version : versions) {
			JsonNode value = version.value();
			if (value.isMissingNode() && !ancestor.isMissingNode()) {
				return Optional.of(new FieldMerge.Refused(version.replica() + " removed the field, which no law merges"));
			}
			if (!type.fits(value)) {
				return Optional.of(new FieldMerge.Refused(version.replica() + " holds " + value + ", not "
						+ type.expected()));
			}
		}
		return Optional.empty();
	}
}
