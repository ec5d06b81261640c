package org.syncscope.core.conflict;

import java.util.Arrays;
import java.util.UUID;

import org.syncscope.core.event.ChangeEvent;
import org.syncscope.core.event.Operation;
import org.syncscope.core.vv.Causality;

/**
 * The latest version of every tracked key, one row per entry number in a single long array: the vector as
 * {@code replicas} counters (one per interned replica), then the event id (two longs), the source
 * timestamp, the payload fingerprint, and one long holding the origin's number and the flags. With three
 * replicas a row is eight longs, one cache line, so that checking an event costs one memory access where
 * separate arrays per field cost one each; the detector's speed on a million keys is bound by those misses.
 */
final class VersionColumns {

	/** The entry holds a version (it is clear when its key is not tracked by this detector). */
	static final int PRESENT = 1;
	static final int IN_CONFLICT = 2;
	static final int DELETE = 4;

	private static final int ID_HIGH = 0;
	private static final int ID_LOW = 1;
	private static final int TIMESTAMP = 2;
	private static final int FINGERPRINT = 3;
	private static final int META = 4;
	private static final int FIELDS = 5;
	private static final int FLAG_BITS = 8;

	private int replicas;
	private int width = FIELDS;
	private long[] rows;

	VersionColumns(int capacity) {
		rows = new long[capacity * width];
	}

	int capacity() {
		return rows.length / width;
	}

	int replicas() {
		return replicas;
	}

	/** Grows to {@code capacity} rows. */
	void grow(int capacity) {
		rows = Arrays.copyOf(rows, capacity * width);
	}

	/** Widens every row to {@code count} counters (a new replica appeared); new counters are 0. */
	void widen(int count) {
		int newWidth = count + FIELDS;
		long[] wider = new long[capacity() * newWidth];
		for (int entry = 0; entry < capacity(); entry++) {
			System.arraycopy(rows, entry * width, wider, entry * newWidth, replicas);
			System.arraycopy(rows, entry * width + replicas, wider, entry * newWidth + count, FIELDS);
		}
		rows = wider;
		replicas = count;
		width = newWidth;
	}

	/**
	 * Replaces the version of {@code entry} with {@code event}, whose vector is already in {@code row}; the
	 * entry is then present and clean (not in conflict).
	 */
	void store(int entry, long[] row, ChangeEvent event, int origin) {
		int base = entry * width;
		System.arraycopy(row, 0, rows, base, replicas);
		int fields = base + replicas;
		UUID id = event.eventId();
		rows[fields + ID_HIGH] = id.getMostSignificantBits();
		rows[fields + ID_LOW] = id.getLeastSignificantBits();
		rows[fields + TIMESTAMP] = event.sourceTimestamp();
		rows[fields + FINGERPRINT] = event.payload().fingerprint();
		long flags = PRESENT | (event.operation() == Operation.DELETE ? DELETE : 0);
		rows[fields + META] = (long) origin << FLAG_BITS | flags;
	}

	/** How the stored version of {@code entry} relates to the vector in {@code row}. */
	Causality compare(int entry, long[] row) {
		boolean less = false;
		boolean greater = false;
		int base = entry * width;
		for (int i = 0; i < replicas; i++) {
			long stored = rows[base + i];
			less |= stored < row[i];
			greater |= stored > row[i];
		}
		return Causality.of(less, greater);
	}

	/** Raises the stored vector of {@code entry} to the pointwise maximum with {@code row}. */
	void mergeVector(int entry, long[] row) {
		int base = entry * width;
		for (int i = 0; i < replicas; i++) {
			rows[base + i] = Math.max(rows[base + i], row[i]);
		}
	}

	/** Whether the stored version has the same operation and payload content as {@code event}. */
	boolean sameContent(int entry, ChangeEvent event) {
		return is(entry, DELETE) == (event.operation() == Operation.DELETE)
				&& field(entry, FINGERPRINT) == event.payload().fingerprint();
	}

	long counter(int entry, int replica) {
		return rows[entry * width + replica];
	}

	UUID eventId(int entry) {
		return new UUID(field(entry, ID_HIGH), field(entry, ID_LOW));
	}

	long timestamp(int entry) {
		return field(entry, TIMESTAMP);
	}

	long fingerprint(int entry) {
		return field(entry, FINGERPRINT);
	}

	int origin(int entry) {
		return (int) (field(entry, META) >>> FLAG_BITS);
	}

	boolean is(int entry, int flag) {
		return (field(entry, META) & flag) != 0;
	}

	void set(int entry, int flag, boolean on) {
		int meta = entry * width + replicas + META;
		rows[meta] = on ? rows[meta] | flag : rows[meta] & ~flag;
	}

	void clear(int entry) {
		rows[entry * width + replicas + META] = 0;
	}

	private long field(int entry, int field) {
		return rows[entry * width + replicas + field];
	}
}
