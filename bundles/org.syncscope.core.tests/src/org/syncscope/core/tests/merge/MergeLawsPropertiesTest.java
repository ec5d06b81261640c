package org.syncscope.core.tests.merge;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.syncscope.core.merge.FieldLaws;
import org.syncscope.core.merge.FieldMerge;
import org.syncscope.core.merge.FieldType;
import org.syncscope.core.merge.FieldVersion;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.MissingNode;

/**
 * The laws of every field type on seeded random histories of two and three replicas: merging is commutative,
 * associative and idempotent, and agrees with an independent replay of the replicas' operations (a sum of
 * increments, an observed-remove set with a tag per addition, the greatest or least value written, the write
 * with the latest stamp).
 */
class MergeLawsPropertiesTest {

	private static final int HISTORIES = 600;
	private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

	/** A random history: the ancestor's value, each replica's resulting version, and the replayed truth. */
	private record History(Optional<JsonNode> ancestor, List<FieldVersion> versions, JsonNode truth) {
	}

	@Test
	void counters() {
		check(FieldType.COUNTER, this::counterHistory);
	}

	@Test
	void sets() {
		check(FieldType.SET, this::setHistory);
	}

	@Test
	void maxRegisters() {
		check(FieldType.MAX, (random, replicas) -> registerHistory(random, replicas, true));
	}

	@Test
	void minRegisters() {
		check(FieldType.MIN, (random, replicas) -> registerHistory(random, replicas, false));
	}

	@Test
	void lastWriterWinsRegisters() {
		check(FieldType.LWW, this::lwwHistory);
	}

	private interface Generator {
		History generate(Random random, int replicas);
	}

	private static void check(FieldType type, Generator generator) {
		Random random = new Random(20261207L + type.ordinal());
		for (int round = 0; round < HISTORIES; round++) {
			int replicas = 2 + round % 2;
			History history = generator.generate(random, replicas);
			String context = type + " history " + round + ": " + history;
			JsonNode merged = merged(type, history.ancestor(), history.versions());
			assertEquivalent(type, history.truth(), merged, "replay, " + context);
			List<FieldVersion> shuffled = new ArrayList<>(history.versions());
			Collections.shuffle(shuffled, random);
			assertEquals(merged, merged(type, history.ancestor(), shuffled), "commutative, " + context);
			List<FieldVersion> twice = new ArrayList<>(history.versions());
			twice.add(history.versions().get(random.nextInt(replicas)));
			assertEquals(merged, merged(type, history.ancestor(), twice), "idempotent, " + context);
			FieldVersion one = history.versions().get(0);
			assertEquivalent(type, one.value(), merged(type, history.ancestor(), List.of(one)),
					"a single version merges to itself, " + context);
			if (replicas == 3) {
				List<FieldVersion> v = history.versions();
				JsonNode left = merged(type, history.ancestor(),
						List.of(partial(type, history.ancestor(), v.get(0), v.get(1)), v.get(2)));
				JsonNode right = merged(type, history.ancestor(),
						List.of(v.get(0), partial(type, history.ancestor(), v.get(1), v.get(2))));
				assertEquals(merged, left, "associative (first two merged first), " + context);
				assertEquals(merged, right, "associative (last two merged first), " + context);
			}
		}
	}

	/** Two versions merged into one, stamped like the later of them (what LWW would keep). */
	private static FieldVersion partial(FieldType type, Optional<JsonNode> ancestor, FieldVersion a, FieldVersion b) {
		FieldVersion later = a.timestamp() > b.timestamp()
				|| a.timestamp() == b.timestamp() && a.replica().compareTo(b.replica()) > 0 ? a : b;
		return new FieldVersion(a.versionId() + "+" + b.versionId(), merged(type, ancestor, List.of(a, b)),
				later.timestamp(), later.replica());
	}

	private static JsonNode merged(FieldType type, Optional<JsonNode> ancestor, List<FieldVersion> versions) {
		FieldMerge result = FieldLaws.merge(type, ancestor, versions);
		return assertInstanceOf(FieldMerge.Merged.class, result, () -> result + " for " + versions).value();
	}

	/** Numbers by value, sets as sets, anything else exactly. */
	private static void assertEquivalent(FieldType type, JsonNode expected, JsonNode actual, String context) {
		if (type == FieldType.SET) {
			assertEquals(elements(expected), elements(actual), context);
		} else if (expected.isNumber() && actual.isNumber()) {
			assertEquals(0, expected.decimalValue().compareTo(actual.decimalValue()),
					context + ": expected " + expected + ", was " + actual);
		} else {
			assertEquals(expected, actual, context);
		}
	}

	private static Set<JsonNode> elements(JsonNode array) {
		Set<JsonNode> elements = new HashSet<>();
		array.forEach(elements::add);
		return elements;
	}

	private History counterHistory(Random random, int replicas) {
		boolean decimal = random.nextInt(5) == 0;
		Optional<JsonNode> ancestor = Optional.of(random.nextInt(10) == 0 ? MissingNode.getInstance()
				: number(BigDecimal.valueOf(random.nextInt(201) - 100), decimal));
		BigDecimal base = ancestor.get().isMissingNode() ? BigDecimal.ZERO : ancestor.get().decimalValue();
		BigDecimal truth = base;
		List<FieldVersion> versions = new ArrayList<>();
		for (int replica = 0; replica < replicas; replica++) {
			BigDecimal state = base;
			int operations = 1 + random.nextInt(5);
			for (int i = 0; i < operations; i++) {
				BigDecimal increment = BigDecimal.valueOf(random.nextInt(21) - 10);
				if (decimal) {
					increment = increment.divide(BigDecimal.valueOf(4));
				}
				state = state.add(increment);
				truth = truth.add(increment);
			}
			versions.add(version(replica, number(state, decimal), random.nextInt(1000)));
		}
		return new History(ancestor, versions, number(truth, decimal));
	}

	private History setHistory(Random random, int replicas) {
		List<JsonNode> universe = new ArrayList<>();
		for (int i = 0; i < 8; i++) {
			universe.add(i % 3 == 0 ? NODES.numberNode(i) : NODES.textNode("tag-" + i));
		}
		boolean missing = random.nextInt(10) == 0;
		Set<JsonNode> base = new LinkedHashSet<>();
		if (!missing) {
			universe.stream().filter(any -> random.nextBoolean()).forEach(base::add);
		}
		// an observed-remove set replayed with a tag per addition: an element stays while any tag of it lives
		record Tagged(JsonNode element, String tag) {
		}
		Set<Tagged> ancestorTags = new HashSet<>();
		base.forEach(element -> ancestorTags.add(new Tagged(element, "ancestor")));
		Set<Tagged> everAdded = new HashSet<>(ancestorTags);
		Set<Tagged> removed = new HashSet<>();
		List<FieldVersion> versions = new ArrayList<>();
		for (int replica = 0; replica < replicas; replica++) {
			Set<Tagged> local = new HashSet<>(ancestorTags);
			int operations = random.nextInt(6);
			for (int i = 0; i < operations; i++) {
				JsonNode element = universe.get(random.nextInt(universe.size()));
				boolean present = local.stream().anyMatch(tagged -> tagged.element().equals(element));
				if (present) {
					List<Tagged> observed = local.stream().filter(t -> t.element().equals(element)).toList();
					observed.forEach(local::remove);
					removed.addAll(observed);
				} else if (!base.contains(element)) {
					// adding back an ancestor's element after removing it is invisible in the states (see FieldLaws)
					Tagged tagged = new Tagged(element, replica + "-" + i);
					local.add(tagged);
					everAdded.add(tagged);
				}
			}
			ArrayNode state = NODES.arrayNode();
			local.stream().map(Tagged::element).distinct().sorted((a, b) -> a.toString().compareTo(b.toString()))
					.forEach(state::add);
			versions.add(version(replica, missing && operations == 0 ? MissingNode.getInstance() : state,
					random.nextInt(1000)));
		}
		ArrayNode truth = NODES.arrayNode();
		everAdded.stream().filter(tagged -> !removed.contains(tagged)).map(Tagged::element).distinct()
				.forEach(truth::add);
		return new History(Optional.of(missing ? MissingNode.getInstance() : array(base)), versions, truth);
	}

	private History registerHistory(Random random, int replicas, boolean greatest) {
		boolean decimal = random.nextInt(4) == 0;
		JsonNode ancestor = number(BigDecimal.valueOf(random.nextInt(100)), decimal);
		BigDecimal truth = ancestor.decimalValue();
		List<FieldVersion> versions = new ArrayList<>();
		for (int replica = 0; replica < replicas; replica++) {
			BigDecimal state = ancestor.decimalValue();
			int writes = 1 + random.nextInt(3);
			for (int i = 0; i < writes; i++) {
				BigDecimal written = BigDecimal.valueOf(random.nextInt(200) - 50);
				state = greatest ? state.max(written) : state.min(written);
				truth = greatest ? truth.max(written) : truth.min(written);
			}
			versions.add(version(replica, number(state, decimal && random.nextBoolean()), random.nextInt(1000)));
		}
		return new History(Optional.of(ancestor), versions, NODES.numberNode(truth));
	}

	private History lwwHistory(Random random, int replicas) {
		long start = 1_000;
		JsonNode ancestor = NODES.textNode("ancestor");
		FieldVersion latest = null;
		List<FieldVersion> versions = new ArrayList<>();
		for (int replica = 0; replica < replicas; replica++) {
			long clock = start;
			FieldVersion last = null;
			int writes = 1 + random.nextInt(3);
			for (int i = 0; i < writes; i++) {
				clock += 1 + random.nextInt(3);
				JsonNode value = random.nextInt(10) == 0 ? MissingNode.getInstance()
						: NODES.textNode("r" + replica + "-w" + i);
				last = new FieldVersion("v" + replica, value, clock, "replica-" + replica);
				if (latest == null || clock > latest.timestamp()
						|| clock == latest.timestamp() && last.replica().compareTo(latest.replica()) > 0) {
					latest = last;
				}
			}
			versions.add(last);
		}
		return new History(Optional.of(ancestor), versions, latest.value());
	}

	private static FieldVersion version(int replica, JsonNode value, long timestamp) {
		return new FieldVersion("v" + replica, value, timestamp, "replica-" + replica);
	}

	private static JsonNode number(BigDecimal value, boolean decimal) {
		return decimal ? NODES.numberNode(value.setScale(2)) : NODES.numberNode(value.intValueExact());
	}

	private static ArrayNode array(Set<JsonNode> elements) {
		ArrayNode array = NODES.arrayNode();
		elements.forEach(array::add);
		return array;
	}
}
