package org.syncscope.core.conflict;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Interns the replica ids of one detector as small consecutive numbers, so that a stored version vector is a
 * row of primitive counters instead of a map. Replicas are few per link; the index never forgets one.
 */
final class ReplicaIndex {

	private final Map<String, Integer> numbers = new HashMap<>();
	private final List<String> names = new ArrayList<>();
	private final int limit;
	/** The replica strings last looked up, by hash: the decoder shares them, so a hit is a reference check. */
	private final String[] recent = new String[16];
	private final int[] recentNumbers = new int[16];

	ReplicaIndex(int limit) {
		this.limit = limit;
	}

	/** The number of {@code replica}, registering it if new; -1 when the limit is reached. */
	int numberOf(String replica) {
		int slot = replica.hashCode() & (recent.length - 1);
		if (recent[slot] == replica) {
			return recentNumbers[slot];
		}
		Integer number = numbers.get(replica);
		if (number != null) {
			recent[slot] = replica;
			recentNumbers[slot] = number;
			return number;
		}
		if (names.size() == limit) {
			return -1;
		}
		numbers.put(replica, names.size());
		names.add(replica);
		return names.size() - 1;
	}

	String name(int number) {
		return names.get(number);
	}

	int size() {
		return names.size();
	}
}
