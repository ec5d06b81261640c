package org.syncscope.kafka.monitor;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import org.syncscope.core.conflict.Conflict;
import org.syncscope.core.conflict.Version;
import org.syncscope.core.event.ChangeEvent;
import org.syncscope.core.vv.Causality;

/**
 * The full events the console needs and the detector deliberately forgets: for the most recently written
 * keys of one link the latest event and the one it superseded (the common ancestor when a concurrent write
 * follows), and for keys in conflict every sibling. Bounded by a key count with least-recently-written
 * eviction; keys in conflict are kept apart and never evicted. Confined to the reader thread.
 */
final class EventWindow {

	/** Keys whose last two events a link remembers. */
	static final int DEFAULT_CAPACITY = 16_384;

	/** The last two events of a key, shifted in place: one map lookup per event, no allocation once known. */
	private static final class Versions {
		private ChangeEvent latest;
		private ChangeEvent previous;

		void push(ChangeEvent event) {
			previous = latest;
			latest = event;
		}
	}

	private final Map<String, Versions> recent;
	private final Map<String, List<ChangeEvent>> siblings = new HashMap<>();
	private final Map<String, ChangeEvent> ancestors = new HashMap<>();

	EventWindow(int capacity) {
		this.recent = new LinkedHashMap<String, Versions>(1024, 0.75f, true) {
			private static final long serialVersionUID = 1L;

			@Override
			protected boolean removeEldestEntry(Map.Entry<String, Versions> eldest) {
				return size() > capacity;
			}
		};
	}

	/** {@code event} became the key's clean version. */
	void advance(ChangeEvent event) {
		recent.computeIfAbsent(event.key(), key -> new Versions()).push(event);
	}

	/** Whether {@code key} has a conflict captured here and not yet closed. */
	boolean hasConflict(String key) {
		return siblings.containsKey(key);
	}

	/** {@code event} opened or joined {@code conflict}: the full siblings and ancestor as far as known. */
	CapturedConflict capture(LinkSpec link, Conflict conflict, ChangeEvent event) {
		String key = event.key();
		Map<UUID, ChangeEvent> known = new HashMap<>();
		siblings.getOrDefault(key, List.of()).forEach(sibling -> known.put(sibling.eventId(), sibling));
		Versions entry = recent.get(key);
		if (entry != null) {
			known.putIfAbsent(entry.latest.eventId(), entry.latest);
			if (entry.previous != null) {
				ancestors.putIfAbsent(key, entry.previous);
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
		boolean before = ancestor != null
				&& full.stream().allMatch(s -> ancestor.version().compare(s.version()) == Causality.BEFORE);
		return new CapturedConflict(link, conflict, full, before ? Optional.of(ancestor) : Optional.empty());
	}

	/** The conflict of {@code event}'s key closed with {@code event}; whether one was open here. */
	boolean close(ChangeEvent event) {
		ancestors.remove(event.key());
		boolean open = siblings.remove(event.key()) != null;
		advance(event);
		return open;
	}
}
