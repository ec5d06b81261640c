package org.syncscope.core.conflict;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * The record keys tracked by one or more {@link ConflictDetector}s, numbered: each detector keeps its version
 * of a key in a row at the key's entry number, so detectors of the same keys (the shared detections of one
 * monitored cluster) find a key with one hash lookup between them instead of one each. Memory is bounded by
 * a key limit with CLOCK (second chance) eviction, an approximation of least-recently-seen; a key that some
 * detector holds in open conflict is pinned and never evicted, and an evicted key's rows are cleared in every
 * detector. Not thread-safe: the table and its detectors belong to one thread.
 */
public final class KeyTable {

	private static final int INITIAL_CAPACITY = 1 << 6;

	/** What keeps a row per entry number: grown with the table, told when a key is evicted. */
	interface Rows {
		void grow(int capacity);

		void evict(int entry);
	}

	private final int maxKeys;
	private final KeyIndex index;
	private final List<Rows> rows = new ArrayList<>();
	/** Per entry, how many detectors hold the key in conflict. */
	private int[] pins;
	private int size;
	private int hand;

	/** A table of at most {@code maxKeys} keys (at least 1). */
	public KeyTable(int maxKeys) {
		if (maxKeys < 1) {
			throw new IllegalArgumentException("maxKeys must be positive: " + maxKeys);
		}
		this.maxKeys = maxKeys;
		int capacity = Math.min(INITIAL_CAPACITY, maxKeys);
		index = new KeyIndex(capacity);
		pins = new int[capacity];
	}

	/**
	 * The entry number of {@code key}, marked as recently seen; a key not tracked yet is added, evicting a key
	 * not seen recently when the table is full.
	 *
	 * @return the entry number, or -1 when every tracked key is pinned by a conflict
	 */
	public int acquire(String key) {
		int hash = KeyHash.of(key);
		int entry = index.find(key, hash);
		if (entry < 0) {
			entry = allocate();
			if (entry < 0) {
				return -1;
			}
			index.insert(key, hash, entry);
		}
		return entry;
	}

	/** The key of entry {@code entry}: the same string for as long as the key stays tracked. */
	public String key(int entry) {
		return index.key(entry);
	}

	/** How many keys are tracked. */
	public int size() {
		return size;
	}

	int capacity() {
		return pins.length;
	}

	/** Keeps a row per entry from now on, grown to the present capacity. */
	void attach(Rows owner) {
		rows.add(owner);
		owner.grow(capacity());
	}

	/** A detector holds {@code entry} in conflict: it may not be evicted until as many {@link #unpin}s. */
	void pin(int entry) {
		pins[entry]++;
	}

	void unpin(int entry) {
		pins[entry]--;
	}

	/** A free entry: a new one while below the limit, else one reclaimed by the CLOCK hand; -1 if all pinned. */
	private int allocate() {
		if (size < maxKeys) {
			if (size == capacity()) {
				int capacity = (int) Math.min((long) size * 2, maxKeys);
				pins = Arrays.copyOf(pins, capacity);
				index.grow(capacity);
				rows.forEach(owner -> owner.grow(capacity));
			}
			return size++;
		}
		for (int step = 0; step < 2 * size; step++) {
			int candidate = hand;
			hand = (hand + 1) % size;
			if (pins[candidate] > 0) {
				continue;
			}
			if (index.unreference(candidate)) {
				continue;
			}
			index.remove(candidate);
			rows.forEach(owner -> owner.evict(candidate));
			return candidate;
		}
		return -1;
	}
}
