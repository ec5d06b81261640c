package org.syncscope.simulator;

import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * What the counter-and-set writes amount to, independently of any merge: per key the sum of every increment
 * written anywhere, and the union of every element added minus every element removed (each element is added
 * once, under a name of its own, so a removal always removes an element its writer saw).
 */
public final class CounterSetTruth {

	private final Map<String, Long> sums = new ConcurrentHashMap<>();
	private final Map<String, Set<String>> elements = new ConcurrentHashMap<>();
	private final Map<String, Integer> concurrentPairs = new ConcurrentHashMap<>();

	void incremented(String key, long delta) {
		sums.merge(key, delta, Long::sum);
	}

	void added(String key, String element) {
		elements.computeIfAbsent(key, k -> ConcurrentHashMap.newKeySet()).add(element);
	}

	void removed(String key, String element) {
		elements.get(key).remove(element);
	}

	void concurrentPair(String key) {
		concurrentPairs.merge(key, 1, Integer::sum);
	}

	/** The keys written so far. */
	public Set<String> keys() {
		return Set.copyOf(sums.keySet());
	}

	/** The sum of every increment of {@code key}'s counter. */
	public long sum(String key) {
		return sums.getOrDefault(key, 0L);
	}

	/** The elements of {@code key}'s set: every one added and not removed. */
	public Set<String> elements(String key) {
		return Set.copyOf(elements.getOrDefault(key, Set.of()));
	}

	/** How many times two regions wrote {@code key} concurrently, all keys together. */
	public int concurrentPairs() {
		return concurrentPairs.values().stream().mapToInt(Integer::intValue).sum();
	}
}
