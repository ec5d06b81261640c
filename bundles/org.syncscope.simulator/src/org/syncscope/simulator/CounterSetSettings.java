package org.syncscope.simulator;

import java.util.List;

/**
 * What {@link CounterSetSimulator} writes: two regions, how many keys, how many write operations in all, the
 * share of them written concurrently by both regions from the same version, and the write rate.
 *
 * @param counterField the payload field holding the counter (a JSON integer)
 * @param setField     the payload field holding the set (a JSON array of strings)
 */
public record CounterSetSettings(List<String> regions, int keys, int operations, double concurrentShare,
		double operationsPerSecond, String counterField, String setField, long seed) {

	public CounterSetSettings {
		regions = List.copyOf(regions);
		if (regions.size() != 2) {
			throw new IllegalArgumentException("Counter and set writes run between two regions: " + regions);
		}
		if (keys < 1 || operations < 1 || operationsPerSecond <= 0) {
			throw new IllegalArgumentException("keys, operations and the rate must be positive");
		}
		if (concurrentShare < 0 || concurrentShare > 1) {
			throw new IllegalArgumentException("The concurrent share must lie in [0, 1]");
		}
	}
}
