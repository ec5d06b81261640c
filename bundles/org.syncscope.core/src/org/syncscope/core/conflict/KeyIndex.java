package org.syncscope.core.conflict;

import java.util.Arrays;

/**
 * An open-addressing hash index from key to entry number, with linear probing and backward-shift deletion
 * so that eviction leaves no tombstones. Each slot of the table is one long holding the key's hash, a
 * recently-referenced bit and its entry number, so a probe compares hashes without touching the key, and
 * marking a found key as referenced writes to the slot the lookup just read: a lookup usually costs one cache
 * miss in the table and one in the key array. About 20 bytes per key besides the key string itself, kept at a
 * load factor of at most one half, and no allocation per lookup.
 */
final class KeyIndex {

	private static final long EMPTY = 0;
	private static final long REFERENCED = 1L << 31;
	private static final long ENTRY = REFERENCED - 1;

	private String[] keys;
	private long[] table;
	private int mask;

	KeyIndex(int capacity) {
		keys = new String[capacity];
		allocateTable(capacity);
	}

	/** The entry number of {@code key}, marked as referenced, or -1. */
	int find(String key, int hash) {
		for (int slot = hash & mask;; slot = (slot + 1) & mask) {
			long stored = table[slot];
			if (stored == EMPTY) {
				return -1;
			}
			if ((int) (stored >>> 32) == hash) {
				int entry = (int) (stored & ENTRY) - 1;
				if (keys[entry].equals(key)) {
					table[slot] = stored | REFERENCED;
					return entry;
				}
			}
		}
	}

	/** The key of entry {@code entry}, or {@code null} for a free entry. */
	String key(int entry) {
		return keys[entry];
	}

	/** Adds {@code key} (which must be absent) as entry {@code entry}, marked as referenced. */
	void insert(String key, int hash, int entry) {
		keys[entry] = key;
		place(slotValue(hash, entry) | REFERENCED);
	}

	/** Clears the referenced bit of {@code entry}; returns whether it was set (found or added since). */
	boolean unreference(int entry) {
		int slot = slotOf(entry);
		boolean referenced = (table[slot] & REFERENCED) != 0;
		table[slot] &= ~REFERENCED;
		return referenced;
	}

	/** Removes entry {@code entry}, shifting later members of its probe run back into the gap. */
	void remove(int entry) {
		int gap = slotOf(entry);
		for (int slot = (gap + 1) & mask; table[slot] != EMPTY; slot = (slot + 1) & mask) {
			int home = (int) (table[slot] >>> 32) & mask;
			boolean movable = gap <= slot ? home <= gap || home > slot : home <= gap && home > slot;
			if (movable) {
				table[gap] = table[slot];
				gap = slot;
			}
		}
		table[gap] = EMPTY;
		keys[entry] = null;
	}

	/** Grows to room for {@code capacity} entries, rehashing the present ones. */
	void grow(int capacity) {
		keys = Arrays.copyOf(keys, capacity);
		long[] old = table;
		allocateTable(capacity);
		for (long value : old) {
			if (value != EMPTY) {
				place(value);
			}
		}
	}

	/** The slot holding {@code entry}, which must be present. */
	private int slotOf(int entry) {
		long wanted = slotValue(KeyHash.of(keys[entry]), entry);
		int slot = (int) (wanted >>> 32) & mask;
		while ((table[slot] & ~REFERENCED) != wanted) {
			slot = (slot + 1) & mask;
		}
		return slot;
	}

	private void place(long value) {
		int slot = (int) (value >>> 32) & mask;
		while (table[slot] != EMPTY) {
			slot = (slot + 1) & mask;
		}
		table[slot] = value;
	}

	private static long slotValue(int hash, int entry) {
		return (long) hash << 32 | (entry + 1L);
	}

	private void allocateTable(int capacity) {
		int length = Integer.highestOneBit(Math.max(2, capacity) * 2 - 1) * 2;
		table = new long[length];
		mask = length - 1;
	}
}
