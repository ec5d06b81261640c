package org.syncscope.kafka.monitor;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import org.syncscope.core.conflict.CommonAncestor;
import org.syncscope.core.conflict.Conflict;
import org.syncscope.core.conflict.KeyHash;
import org.syncscope.core.conflict.Version;
import org.syncscope.core.event.ChangeEvent;
import org.syncscope.core.vv.Causality;

/**
 * The full events the console needs and the detector deliberately forgets: for the most recently written
 * keys the latest event and the one it superseded (the common ancestor when a concurrent write follows), and
 * for keys in conflict every sibling. Recent keys live in a set-associative table (sets of
 * {@value #WAYS} slots chosen by the key's hash, the least recently written slot of a set replaced), so an
 * event costs one probe of a few adjacent slots and no allocation; keys in conflict are kept apart and never
 * evicted. Confined to one thread.
 */
final class EventWindow {

	/** Keys whose last two events a window remembers. */
	static final int DEFAULT_CAPACITY = 16_384;

	private static final int WAYS = 4;

	/** The full events of a conflict that the window still knew. */
	record Capture(List<ChangeEvent> siblings, Optional<ChangeEvent> ancestor) {
	}

	private final int setMask;
	private final String[] keys;
	private final int[] hashes;
	private final ChangeEvent[] latest;
	private final ChangeEvent[] previous;
	private final long[] writtenAt;
	private long writes;
	private final Map<String, List<ChangeEvent>> siblings = new HashMap<>();
	private final Map<String, ChangeEvent> ancestors = new HashMap<>();

	/** A window for about {@code capacity} recent keys (rounded to a power of two, at least one set). */
	EventWindow(int capacity) {
		int sets = Integer.highestOneBit(Math.max(1, capacity / WAYS));
		setMask = sets - 1;
		int slots = sets * WAYS;
		keys = new String[slots];
		hashes = new int[slots];
		latest = new ChangeEvent[slots];
		previous = new ChangeEvent[slots];
		writtenAt = new long[slots];
	}

	/**
	 * {@code event} became the key's clean version; {@code key} is its key, best the same string every time
	 * (the key table's), so that finding it compares references.
	 */
	void advance(ChangeEvent event, String key) {
		int hash = KeyHash.of(key);
		int first = (hash & setMask) * WAYS;
		int victim = first;
		for (int slot = first; slot < first + WAYS; slot++) {
			if (hashes[slot] == hash && key.equals(keys[slot])) {
				previous[slot] = latest[slot];
				latest[slot] = event;
				writtenAt[slot] = ++writes;
				return;
			}
			if (writtenAt[slot] < writtenAt[victim]) {
				victim = slot;
			}
		}
		keys[victim] = key;
		hashes[victim] = hash;
		latest[victim] = event;
		previous[victim] = null;
		writtenAt[victim] = ++writes;
	}

	/** Whether {@code key} has a conflict captured here and not yet closed. */
	boolean hasConflict(String key) {
		return siblings.containsKey(key);
	}

	/** {@code event} opened or joined {@code conflict}: the full siblings and ancestor as far as known. */
	Capture capture(Conflict conflict, ChangeEvent event) {
		String key = event.key();
		Map<UUID, ChangeEvent> known = new HashMap<>();
		siblings.getOrDefault(key, List.of()).forEach(sibling -> known.put(sibling.eventId(), sibling));
		int slot = slotOf(key);
		if (slot >= 0) {
			known.putIfAbsent(latest[slot].eventId(), latest[slot]);
			if (previous[slot] != null) {
				ancestors.putIfAbsent(key, previous[slot]);
			}
		}
		known.put(event.eventId(), event);
		List<ChangeEvent> full = new ArrayList<>();
		for (Version version : conflict.versions()) {
			ChangeEvent sibling = known.get(version.eventId());
			if (sibling != null) {
				full.add(sibling);
			}
		}
		siblings.put(key, full);
		ChangeEvent ancestor = ancestors.get(key);
		boolean common = ancestor != null
				&& CommonAncestor.isLatest(ancestor.version(), full.stream().map(ChangeEvent::version).toList());
		return new Capture(full, common ? Optional.of(ancestor) : Optional.empty());
	}

	/**
	 * {@code event} came in older than the key's latest event, as when the logs are read from a position and
	 * one region's later write is read before the write it followed: if it is newer than the event remembered
	 * before the latest, it takes that place, so that a concurrent write that follows still finds the common
	 * ancestor. Nothing changes for a key in conflict or not in the window.
	 */
	void older(ChangeEvent event, String key) {
		int slot = slotOf(key);
		if (slot < 0 || siblings.containsKey(key)
				|| event.version().compare(latest[slot].version()) != Causality.BEFORE) {
			return;
		}
		if (previous[slot] == null || previous[slot].version().compare(event.version()) == Causality.BEFORE) {
			previous[slot] = event;
		}
	}

	/** The conflict of {@code key} closed with {@code event}, which is now its clean version. */
	void close(ChangeEvent event, String key) {
		ancestors.remove(key);
		siblings.remove(key);
		advance(event, key);
	}

	private int slotOf(String key) {
		int hash = KeyHash.of(key);
		int first = (hash & setMask) * WAYS;
		for (int slot = first; slot < first + WAYS; slot++) {
			if (hashes[slot] == hash && key.equals(keys[slot])) {
				return slot;
			}
		}
		return -1;
	}
}
