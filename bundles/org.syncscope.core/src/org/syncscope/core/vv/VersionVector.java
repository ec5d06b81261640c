package org.syncscope.core.vv;

import java.util.Arrays;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * An immutable version vector: replica id to a positive counter, with absent replicas counting as zero.
 * Change events carry one so that the detector can decide causality without clocks. Entries are kept sorted
 * by replica id in two parallel arrays, which keeps comparison a linear merge and the footprint small.
 */
public final class VersionVector {

	private static final VersionVector EMPTY = new VersionVector(new String[0], new long[0]);

	private final String[] replicas;
	private final long[] counters;

	private VersionVector(String[] replicas, long[] counters) {
		this.replicas = replicas;
		this.counters = counters;
	}

	/** The vector of a key nobody wrote yet. */
	public static VersionVector empty() {
		return EMPTY;
	}

	/**
	 * A vector from a map of counters; zero counters are dropped.
	 *
	 * @throws IllegalArgumentException for a negative counter or a blank replica id
	 */
	public static VersionVector of(Map<String, Long> counters) {
		Builder builder = builder();
		counters.forEach(builder::put);
		return builder.build();
	}

	/** A vector from alternating replica ids and counters, for tests and literals: {@code of("a", 1, "b", 2)}. */
	public static VersionVector of(Object... idsAndCounters) {
		if (idsAndCounters.length % 2 != 0) {
			throw new IllegalArgumentException("Expected pairs of replica id and counter");
		}
		Builder builder = builder();
		for (int i = 0; i < idsAndCounters.length; i += 2) {
			builder.put((String) idsAndCounters[i], ((Number) idsAndCounters[i + 1]).longValue());
		}
		return builder.build();
	}

	/** A builder that accepts entries in any order. */
	public static Builder builder() {
		return new Builder();
	}

	/** The counter of {@code replica}, zero when absent. */
	public long counter(String replica) {
		int index = Arrays.binarySearch(replicas, replica);
		return index >= 0 ? counters[index] : 0;
	}

	/** Number of replicas with a positive counter. */
	public int size() {
		return replicas.length;
	}

	/** The replica id at {@code index} in sorted order, for allocation-free iteration. */
	public String replicaAt(int index) {
		return replicas[index];
	}

	/** The counter at {@code index} in sorted order. */
	public long counterAt(int index) {
		return counters[index];
	}

	/** This vector with the counter of {@code replica} raised by one: the version of a new write there. */
	public VersionVector increment(String replica) {
		return builder().putAll(this).put(replica, counter(replica) + 1).build();
	}

	/** The pointwise maximum: the smallest vector that has seen both histories. */
	public VersionVector merge(VersionVector other) {
		return builder().putAll(this).putAll(other).build();
	}

	/** How this vector relates causally to {@code other}. */
	public Causality compare(VersionVector other) {
		boolean less = false;
		boolean greater = false;
		int i = 0;
		int j = 0;
		while (i < replicas.length || j < other.replicas.length) {
			int order = i == replicas.length ? 1
					: j == other.replicas.length ? -1 : replicas[i].compareTo(other.replicas[j]);
			if (order < 0) {
				greater = true;
				i++;
			} else if (order > 0) {
				less = true;
				j++;
			} else {
				less |= counters[i] < other.counters[j];
				greater |= counters[i] > other.counters[j];
				i++;
				j++;
			}
		}
		return Causality.of(less, greater);
	}

	/** Whether this vector has seen everything {@code other} has seen (AFTER or EQUAL). */
	public boolean dominatesOrEquals(VersionVector other) {
		Causality causality = compare(other);
		return causality == Causality.AFTER || causality == Causality.EQUAL;
	}

	/** The counters as a read-only map sorted by replica id. */
	public Map<String, Long> asMap() {
		Map<String, Long> map = new LinkedHashMap<>();
		for (int i = 0; i < replicas.length; i++) {
			map.put(replicas[i], counters[i]);
		}
		return Collections.unmodifiableMap(map);
	}

	@Override
	public boolean equals(Object obj) {
		return obj instanceof VersionVector other && Arrays.equals(replicas, other.replicas)
				&& Arrays.equals(counters, other.counters);
	}

	@Override
	public int hashCode() {
		return 31 * Arrays.hashCode(replicas) + Arrays.hashCode(counters);
	}

	@Override
	public String toString() {
		return asMap().toString();
	}

	/**
	 * Collects entries, keeping the larger counter when a replica appears twice. Backed by small arrays
	 * (vectors have a handful of entries) because the codec builds one per decoded event.
	 */
	public static final class Builder {

		private String[] ids = new String[4];
		private long[] values = new long[4];
		private int size;

		private Builder() {
		}

		/**
		 * Sets {@code replica} to at least {@code counter}.
		 *
		 * @throws IllegalArgumentException for a negative counter or a blank replica id
		 */
		public Builder put(String replica, long counter) {
			Objects.requireNonNull(replica, "replica");
			if (replica.isBlank()) {
				throw new IllegalArgumentException("Blank replica id");
			}
			if (counter < 0) {
				throw new IllegalArgumentException("Negative counter " + counter + " for replica " + replica);
			}
			if (counter == 0) {
				return this;
			}
			for (int i = 0; i < size; i++) {
				if (ids[i].equals(replica)) {
					values[i] = Math.max(values[i], counter);
					return this;
				}
			}
			if (size == ids.length) {
				ids = Arrays.copyOf(ids, size * 2);
				values = Arrays.copyOf(values, size * 2);
			}
			ids[size] = replica;
			values[size++] = counter;
			return this;
		}

		/** Merges all entries of {@code vector} (pointwise maximum). */
		public Builder putAll(VersionVector vector) {
			for (int i = 0; i < vector.replicas.length; i++) {
				put(vector.replicas[i], vector.counters[i]);
			}
			return this;
		}

		/** Forgets the entries collected so far, for a builder that makes one vector after another. */
		public Builder clear() {
			Arrays.fill(ids, 0, size, null);
			size = 0;
			return this;
		}

		/** The vector collected so far. */
		public VersionVector build() {
			if (size == 0) {
				return EMPTY;
			}
			String[] sortedIds = Arrays.copyOf(ids, size);
			long[] sortedValues = Arrays.copyOf(values, size);
			for (int i = 1; i < size; i++) {
				String id = sortedIds[i];
				long value = sortedValues[i];
				int j = i - 1;
				for (; j >= 0 && sortedIds[j].compareTo(id) > 0; j--) {
					sortedIds[j + 1] = sortedIds[j];
					sortedValues[j + 1] = sortedValues[j];
				}
				sortedIds[j + 1] = id;
				sortedValues[j + 1] = value;
			}
			return new VersionVector(sortedIds, sortedValues);
		}
	}
}
