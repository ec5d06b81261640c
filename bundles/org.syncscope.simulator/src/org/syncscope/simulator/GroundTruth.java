package org.syncscope.simulator;

import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.LongAdder;

/**
 * What the simulator really did, so tests can compare what SyncScope detects with the truth: events written
 * per region, concurrent writes injected (per unordered pair of regions, real and pseudo), and offsets each
 * applier has committed.
 */
public final class GroundTruth {

	/** A pair of regions that wrote the same key concurrently, in a canonical order. */
	public record RegionPair(String first, String second) {

		/** The pair in canonical (alphabetical) order. */
		public static RegionPair of(String a, String b) {
			return a.compareTo(b) <= 0 ? new RegionPair(a, b) : new RegionPair(b, a);
		}

		/** Whether the link from {@code source} to {@code target} joins this pair. */
		public boolean joins(String source, String target) {
			return equals(of(source, target));
		}
	}

	private final Map<String, LongAdder> written = new ConcurrentHashMap<>();
	private final Map<RegionPair, Set<String>> conflictKeys = new ConcurrentHashMap<>();
	private final Map<RegionPair, LongAdder> conflicts = new ConcurrentHashMap<>();
	private final Map<RegionPair, LongAdder> pseudoConflicts = new ConcurrentHashMap<>();
	private final Map<String, AtomicLong> appliedByGroup = new ConcurrentHashMap<>();

	void wrote(String region) {
		written.computeIfAbsent(region, r -> new LongAdder()).increment();
	}

	void injectedConflict(RegionPair pair, String key, boolean pseudo) {
		conflictKeys.computeIfAbsent(pair, p -> ConcurrentHashMap.newKeySet()).add(key);
		(pseudo ? pseudoConflicts : conflicts).computeIfAbsent(pair, p -> new LongAdder()).increment();
	}

	void applied(String group, long count) {
		appliedByGroup.computeIfAbsent(group, g -> new AtomicLong()).addAndGet(count);
	}

	/** Events written by a region (including both sides of concurrent writes). */
	public long written(String region) {
		LongAdder count = written.get(region);
		return count == null ? 0 : count.sum();
	}

	/** Concurrent writes with different payloads injected between two regions. */
	public long conflicts(RegionPair pair) {
		LongAdder count = conflicts.get(pair);
		return count == null ? 0 : count.sum();
	}

	/** Concurrent writes with identical payloads injected between two regions. */
	public long pseudoConflicts(RegionPair pair) {
		LongAdder count = pseudoConflicts.get(pair);
		return count == null ? 0 : count.sum();
	}

	/** Keys two regions wrote concurrently (real and pseudo). */
	public Set<String> conflictKeys(RegionPair pair) {
		return Set.copyOf(conflictKeys.getOrDefault(pair, Set.of()));
	}

	/** Events an applier group has applied and committed. */
	public long applied(String group) {
		AtomicLong count = appliedByGroup.get(group);
		return count == null ? 0 : count.get();
	}
}
