package org.syncscope.core.vv;

/**
 * How one version vector relates to another. Conflict detection needs all four answers: an older version is
 * stale, an equal one is a duplicate, a newer one supersedes, and only a concurrent one is a conflict.
 */
public enum Causality {
	/** This version happened before the other one: the other saw everything this one saw, and more. */
	BEFORE,
	/** This version happened after the other one. */
	AFTER,
	/** Both versions have the same history. */
	EQUAL,
	/** Neither version saw the other: the writes were made independently. */
	CONCURRENT;

	/** The same relation seen from the other side: BEFORE becomes AFTER and vice versa. */
	public Causality inverse() {
		return switch (this) {
		case BEFORE -> AFTER;
		case AFTER -> BEFORE;
		default -> this;
		};
	}

	/**
	 * Combines per-replica observations: {@code less} when some counter of this vector is smaller than the
	 * other's, {@code greater} when some counter is larger.
	 */
	public static Causality of(boolean less, boolean greater) {
		if (less) {
			return greater ? CONCURRENT : BEFORE;
		}
		return greater ? AFTER : EQUAL;
	}
}
