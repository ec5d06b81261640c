package org.syncscope.core.lag;

import java.util.List;

/**
 * The status rules for one partition, after Burrow's consumer evaluation in its later revision, applied in
 * this order; the first that matches decides (see {@code docs/lag-rules.md} for every departure from Burrow
 * and why):
 * <ol>
 * <li>{@link StatusRule#CAUGHT_UP}: the lag now is zero (or within the link's allowed lag).</li>
 * <li>No commit was ever seen: {@link StatusRule#NEVER_COMMITTED} (STOPPED) once records have waited (since
 * the oldest log-end sample) longer than the link's minimum, else {@link StatusRule#AWAITING_FIRST_COMMIT}.</li>
 * <li>Records have <em>waited</em> (since the later of the last commit's first sighting and the moment the
 * log end first moved past it) longer than both the span of the commit window and the link's
 * {@link LagSettings#minStopSeconds() minimum}: {@link StatusRule#HELD_WITHOUT_PROGRESS} (STALLED) when a
 * member of the group holds the partition, else {@link StatusRule#NOT_PROGRESSING} (STOPPED).</li>
 * <li>{@link StatusRule#CAUGHT_UP_IN_WINDOW}: the lag was zero at a commit of the window.</li>
 * <li>{@link StatusRule#REWOUND}: a committed offset of the window is lower than the one before it.</li>
 * <li>{@link StatusRule#LAG_GROWING} (WARNING): at least two commits and the lag grew from each to the next.</li>
 * <li>{@link StatusRule#PROGRESSING} otherwise.</li>
 * </ol>
 * The commit window is the last {@value #WINDOW} distinct committed offsets, each stamped with when it was
 * first seen. Whether a link is ERROR or REBALANCING is decided before these rules, from the group state.
 */
public final class StatusRules {

	/** Commits judged, as Burrow's default {@code intervals}. */
	public static final int WINDOW = 10;

	private StatusRules() {
	}

	/**
	 * The rule that decides the status of a partition.
	 *
	 * @param commits distinct committed offsets, oldest first, each with the time it was first seen
	 * @param logEnds log-end samples, oldest first, one per change
	 * @param lag the lag now
	 * @param ownership whether a member of the group holds the partition
	 * @param nowMillis the time now
	 * @param settings the link's settings
	 */
	public static StatusRule evaluate(List<CommitSample> commits, List<OffsetSample> logEnds, long lag,
			Ownership ownership, long nowMillis, LagSettings settings) {
		if (lag <= settings.allowedLag()) {
			return StatusRule.CAUGHT_UP;
		}
		if (commits.isEmpty()) {
			long since = logEnds.isEmpty() ? nowMillis : logEnds.get(0).timestampMillis();
			return nowMillis - since > settings.minStopSeconds() * 1000 ? StatusRule.NEVER_COMMITTED
					: StatusRule.AWAITING_FIRST_COMMIT;
		}
		List<CommitSample> window = commits.subList(Math.max(0, commits.size() - WINDOW), commits.size());
		CommitSample first = window.get(0);
		CommitSample last = window.get(window.size() - 1);
		long waited = nowMillis - waitingSince(last, logEnds, nowMillis);
		long span = last.timestampMillis() - first.timestampMillis();
		if (waited > span && waited > settings.minStopSeconds() * 1000) {
			return ownership == Ownership.OWNED ? StatusRule.HELD_WITHOUT_PROGRESS : StatusRule.NOT_PROGRESSING;
		}
		if (window.stream().anyMatch(sample -> sample.lag() <= settings.allowedLag())) {
			return StatusRule.CAUGHT_UP_IN_WINDOW;
		}
		for (int i = 1; i < window.size(); i++) {
			if (window.get(i).offset() < window.get(i - 1).offset()) {
				return StatusRule.REWOUND;
			}
		}
		return window.size() >= 2 && lagGrewEveryTime(window) ? StatusRule.LAG_GROWING : StatusRule.PROGRESSING;
	}

	/**
	 * Since when records have waited behind the last commit: when it was first seen if records waited then,
	 * else when the log end first moved past it (Burrow's "recent lag zero" guard: a quiet topic is not a
	 * stopped consumer).
	 */
	private static long waitingSince(CommitSample last, List<OffsetSample> logEnds, long nowMillis) {
		if (last.lag() > 0) {
			return last.timestampMillis();
		}
		for (OffsetSample end : logEnds) {
			if (end.timestampMillis() >= last.timestampMillis() && end.offset() > last.offset()) {
				return end.timestampMillis();
			}
		}
		return nowMillis;
	}

	private static boolean lagGrewEveryTime(List<CommitSample> commits) {
		for (int i = 1; i < commits.size(); i++) {
			if (commits.get(i).lag() <= commits.get(i - 1).lag()) {
				return false;
			}
		}
		return true;
	}
}
