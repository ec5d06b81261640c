package org.syncscope.core.cdc;

import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * Finds concurrent updates of one row in two regions from Debezium events alone, without version vectors.
 * Each region's topic carries the region's own changes (their origin column names the region) and the echoes
 * of changes applied there from other regions (another origin): echoes are never conflicts. Two own changes
 * of the same key from two regions are concurrent when they were made from the same base:
 * <ul>
 * <li><b>before-image</b> (the default): their before-images are equal, the origin column aside (which the
 * sink's writes stamp differently) and Debezium's TOAST placeholder aside (not a value). Needs full
 * before-images ({@code REPLICA IDENTITY FULL}).</li>
 * <li><b>version column</b>: their before-images carry the same value in an integer version column that
 * every write increments.</li>
 * </ul>
 * and their after-images differ; the base is their common ancestor. A region's later own change replaces its
 * earlier one, so sequential updates (the second made after the first arrived) have different bases and are
 * not conflicts. Inserts, reads and deletes are not compared. At most {@code maxKeys} rows are remembered,
 * the least recently changed forgotten first. Not thread-safe.
 */
public final class CdcConflictDetector {

	private final String originColumn;
	private final Optional<String> versionColumn;
	private final Map<String, Map<String, RowChange>> lastOwnByKey;

	/** A detector comparing whole before-images ({@code versionColumn} empty) or one version column. */
	public CdcConflictDetector(String originColumn, Optional<String> versionColumn, int maxKeys) {
		this.originColumn = originColumn;
		this.versionColumn = versionColumn;
		this.lastOwnByKey = new LinkedHashMap<>(16, 0.75f, true) {
			private static final long serialVersionUID = 1L;

			@Override
			protected boolean removeEldestEntry(Map.Entry<String, Map<String, RowChange>> eldest) {
				return size() > maxKeys;
			}
		};
	}

	/** Observes a change captured in {@code region}; returns the conflict it completes, if any. */
	public Optional<CdcConflict> observe(String region, RowChange change) {
		if (change.operation() != RowOperation.UPDATE || change.before().isEmpty() || !ownChange(region, change)) {
			return Optional.empty();
		}
		Map<String, RowChange> lastOwn = lastOwnByKey.computeIfAbsent(change.key(), key -> new HashMap<>());
		Optional<CdcConflict> conflict = Optional.empty();
		for (Map.Entry<String, RowChange> other : lastOwn.entrySet()) {
			if (!other.getKey().equals(region) && sameBase(other.getValue(), change)) {
				Set<String> columns = differing(other.getValue().after().orElseThrow(), change.after().orElseThrow());
				if (!columns.isEmpty()) {
					conflict = Optional.of(new CdcConflict(change.key(), change.before().get(),
							List.of(new RegionalChange(other.getKey(), other.getValue()),
									new RegionalChange(region, change)), columns));
				}
			}
		}
		lastOwn.put(region, change);
		return conflict;
	}

	/** Whether the change began in {@code region} (its origin column says so), not an echo of another's. */
	private boolean ownChange(String region, RowChange change) {
		JsonNode origin = change.after().orElseThrow().get(originColumn);
		return origin != null && region.equals(origin.asText());
	}

	private boolean sameBase(RowChange a, RowChange b) {
		ObjectNode first = a.before().orElseThrow();
		ObjectNode second = b.before().orElseThrow();
		if (versionColumn.isPresent()) {
			JsonNode x = first.get(versionColumn.get());
			return x != null && !x.isNull() && x.equals(second.get(versionColumn.get()));
		}
		return differing(first, second).isEmpty();
	}

	/** The columns, the origin column aside, whose values differ (a placeholder differs from nothing). */
	private Set<String> differing(ObjectNode a, ObjectNode b) {
		Set<String> columns = new TreeSet<>();
		Set<String> names = new TreeSet<>();
		a.fieldNames().forEachRemaining(names::add);
		b.fieldNames().forEachRemaining(names::add);
		for (String column : names) {
			JsonNode x = a.get(column);
			JsonNode y = b.get(column);
			if (!column.equals(originColumn) && !RowChange.isUnavailable(x) && !RowChange.isUnavailable(y)
					&& !Objects.equals(x, y)) {
				columns.add(column);
			}
		}
		return columns;
	}
}
