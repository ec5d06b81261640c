package org.syncscope.core.conflict;

import java.time.Clock;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

import org.syncscope.core.event.ChangeEvent;
import org.syncscope.core.event.Operation;
import org.syncscope.core.vv.Causality;
import org.syncscope.core.vv.VersionVector;

/**
 * Detects conflicts on one sync link: it keeps the latest version of every key and compares each new event
 * with it. A superseding event replaces it; an older or equal one is counted and dropped; a concurrent one
 * opens a conflict, unless its content is identical (a pseudo-conflict, counted and closed by keeping the
 * merged vector). Keys in conflict keep all their concurrent versions (siblings) until an event supersedes
 * every one of them, which closes the conflict.
 * <p>
 * Clean keys cost only a row in {@link VersionColumns} and a slot in the detector's {@link KeyTable};
 * evaluating an event allocates nothing unless a conflict changes. Memory is bounded by
 * {@link DetectorConfig#maxTrackedKeys()} with the table's CLOCK eviction. Detectors of the same keys may
 * share one table ({@link #ConflictDetector(String, DetectorConfig, Clock, ConflictListener, KeyTable)}) and
 * are then fed with the entry number the table gave ({@link #observe(ChangeEvent, int)}).
 * <p>
 * Not thread-safe: one detector belongs to the thread consuming its link; others read {@link #stats()} and
 * {@link #openConflicts()} snapshots through that thread or after it stopped.
 */
public final class ConflictDetector {

	private final String link;
	private final Clock clock;
	private final ConflictListener listener;
	private final ReplicaIndex replicas;
	private final KeyTable keys;
	private final VersionColumns columns = new VersionColumns(0);
	private final Map<String, Conflict> conflicts = new HashMap<>();
	private final long[] row;
	private final long[] counts = new long[Outcome.values().length];
	private int size;
	private long evicted;

	/** A detector for {@code link} reporting to {@code listener}, stamping detections with {@code clock}. */
	public ConflictDetector(String link, DetectorConfig config, Clock clock, ConflictListener listener) {
		this(link, config, clock, listener, new KeyTable(config.maxTrackedKeys()));
	}

	/**
	 * A detector keeping its versions at the entry numbers of {@code keys}, which other detectors may share;
	 * the table's own limit bounds the keys, {@code config} the replicas. Feed it with
	 * {@link #observe(ChangeEvent, int)}.
	 */
	public ConflictDetector(String link, DetectorConfig config, Clock clock, ConflictListener listener,
			KeyTable keys) {
		this.link = Objects.requireNonNull(link, "link");
		this.clock = Objects.requireNonNull(clock, "clock");
		this.listener = Objects.requireNonNull(listener, "listener");
		this.keys = Objects.requireNonNull(keys, "keys");
		this.replicas = new ReplicaIndex(config.maxReplicas());
		this.row = new long[config.maxReplicas()];
		keys.attach(new Rows());
	}

	/** Checks {@code event} against the stored version of its key and records it. */
	public Outcome observe(ChangeEvent event) {
		int origin = loadRow(event.version(), event.origin());
		return counted(origin < 0 ? Outcome.UNTRACKED : classify(keys.acquire(event.key()), event, origin));
	}

	/**
	 * Checks {@code event} as {@link #observe(ChangeEvent)} does, its key already looked up in the shared
	 * table: {@code entry} is what {@link KeyTable#acquire} gave for it, -1 included.
	 */
	public Outcome observe(ChangeEvent event, int entry) {
		int origin = entry < 0 ? -1 : loadRow(event.version(), event.origin());
		return counted(origin < 0 ? Outcome.UNTRACKED : classify(entry, event, origin));
	}

	private Outcome counted(Outcome outcome) {
		counts[outcome.ordinal()]++;
		return outcome;
	}

	private Outcome classify(int entry, ChangeEvent event, int origin) {
		if (entry < 0) {
			return Outcome.UNTRACKED;
		}
		if (!columns.is(entry, VersionColumns.PRESENT)) {
			columns.store(entry, row, event, origin);
			size++;
			return Outcome.NEW_KEY;
		}
		if (columns.is(entry, VersionColumns.IN_CONFLICT)) {
			return observeSibling(entry, event, origin);
		}
		return switch (columns.compare(entry, row)) {
		case BEFORE -> {
			columns.store(entry, row, event, origin);
			yield Outcome.ADVANCED;
		}
		case EQUAL -> Outcome.DUPLICATE;
		case AFTER -> Outcome.STALE;
		case CONCURRENT -> openConflict(entry, event);
		};
	}

	private Outcome openConflict(int entry, ChangeEvent event) {
		Conflict conflict = new Conflict(link, event.key(), List.of(storedVersion(entry), Version.of(event)),
				clock.instant());
		if (columns.sameContent(entry, event)) {
			columns.mergeVector(entry, row);
			listener.pseudoConflictClosed(conflict);
			return Outcome.PSEUDO_CONFLICT;
		}
		columns.set(entry, VersionColumns.IN_CONFLICT, true);
		keys.pin(entry);
		conflicts.put(event.key(), conflict);
		listener.conflictDetected(conflict);
		return Outcome.CONFLICT_OPENED;
	}

	private Outcome observeSibling(int entry, ChangeEvent event, int origin) {
		Conflict conflict = conflicts.get(event.key());
		List<Version> remaining = new ArrayList<>(conflict.versions().size() + 1);
		for (Version sibling : conflict.versions()) {
			Causality causality = event.version().compare(sibling.vector());
			if (causality == Causality.BEFORE) {
				return Outcome.STALE;
			}
			if (causality == Causality.EQUAL) {
				return Outcome.DUPLICATE;
			}
			if (causality == Causality.CONCURRENT) {
				remaining.add(sibling);
			}
		}
		if (remaining.isEmpty()) {
			closeConflict(entry, event, origin);
			listener.conflictClosed(conflict, event);
			return Outcome.CONFLICT_CLOSED;
		}
		remaining.add(Version.of(event));
		Conflict grown = new Conflict(link, event.key(), remaining, conflict.detectedAt());
		if (grown.isPseudo()) {
			VersionVector merged = VersionVector.empty();
			for (Version sibling : remaining) {
				merged = merged.merge(sibling.vector());
			}
			loadRow(merged, event.origin());
			closeConflict(entry, event, origin);
			listener.pseudoConflictClosed(grown);
			return Outcome.PSEUDO_CONFLICT;
		}
		conflicts.put(event.key(), grown);
		listener.conflictDetected(grown);
		return Outcome.SIBLING_ADDED;
	}

	private void closeConflict(int entry, ChangeEvent event, int origin) {
		conflicts.remove(event.key());
		columns.set(entry, VersionColumns.IN_CONFLICT, false);
		keys.unpin(entry);
		columns.store(entry, row, event, origin);
	}

	/**
	 * Copies {@code vector} into {@link #row} by replica number, widening the columns for new replicas.
	 *
	 * @return the number of {@code origin}, or -1 when the replica limit is exceeded
	 */
	private int loadRow(VersionVector vector, String origin) {
		Arrays.fill(row, 0, columns.replicas(), 0);
		for (int i = 0; i < vector.size(); i++) {
			int number = replicas.numberOf(vector.replicaAt(i));
			if (number < 0) {
				return -1;
			}
			if (number >= columns.replicas()) {
				columns.widen(replicas.size());
			}
			row[number] = vector.counterAt(i);
		}
		return replicas.numberOf(origin);
	}

	/** The detector's rows, kept at the key table's entry numbers. */
	private final class Rows implements KeyTable.Rows {
		@Override
		public void grow(int capacity) {
			columns.grow(capacity);
		}

		@Override
		public void evict(int entry) {
			if (columns.is(entry, VersionColumns.PRESENT)) {
				columns.clear(entry);
				size--;
				evicted++;
			}
		}
	}

	private Version storedVersion(int entry) {
		VersionVector.Builder vector = VersionVector.builder();
		for (int replica = 0; replica < columns.replicas(); replica++) {
			vector.put(replicas.name(replica), columns.counter(entry, replica));
		}
		return new Version(columns.eventId(entry), replicas.name(columns.origin(entry)),
				columns.is(entry, VersionColumns.DELETE) ? Operation.DELETE : Operation.UPSERT,
				vector.build(), columns.timestamp(entry), columns.fingerprint(entry));
	}

	/** The open conflict of {@code key}, if any. */
	public Optional<Conflict> conflict(String key) {
		return Optional.ofNullable(conflicts.get(key));
	}

	/** All open conflicts, in no particular order. */
	public List<Conflict> openConflicts() {
		return List.copyOf(conflicts.values());
	}

	/** The link this detector watches. */
	public String link() {
		return link;
	}

	/** The counters so far. */
	public DetectorStats stats() {
		long events = 0;
		for (long count : counts) {
			events += count;
		}
		return new DetectorStats(events, size, evicted, count(Outcome.UNTRACKED),
				count(Outcome.DUPLICATE), count(Outcome.STALE), count(Outcome.CONFLICT_OPENED),
				count(Outcome.SIBLING_ADDED), count(Outcome.PSEUDO_CONFLICT), count(Outcome.CONFLICT_CLOSED),
				conflicts.size());
	}

	private long count(Outcome outcome) {
		return counts[outcome.ordinal()];
	}
}
