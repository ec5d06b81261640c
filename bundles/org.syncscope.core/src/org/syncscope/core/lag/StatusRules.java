package org.syncscope.core.lag;

import java.util.List;

/**
 * The status rules for one partition, after Burrow's consumer evaluation, applied in this order to the
 * window of commit samples (oldest first), the current lag and the current time; the first that matches
 * decides:
 * <ol>
 * <li>No commit in the window: STOPPED if the current lag is above zero, else OK.</li>
 * <li>REWIND if any committed offset is lower than the one before it.</li>
 * <li>OK if the current lag is zero (whatever happened before, the consumer is caught up).</li>
 * <li>STOPPED if the time since the last commit exceeds both the span of the window (last minus first commit
 * time) and {@link LagSettings#minStopSeconds()}: the consumer no longer commits.</li>
 * <li>STALLED if the window holds at least two commits and all have the same offset: the consumer commits
 * but does not progress.</li>
 * <li>OK if the lag was zero at any commit of the window.</li>
 * <li>WARNING if the window holds at least two commits and the lag grew from each commit to the next.</li>
 * <li>OK otherwise.</li>
 * </ol>
 * Whether a link is ERROR or REBALANCING is decided before these rules, from the group state.
 */
public final class StatusRules {

	private StatusRules() {
	}

	/** The status of a partition whose commit window is {@code commits} and whose lag now is {@code lag}. */
	public static LagStatus evaluate(List<CommitSample> commits, long lag, long nowMillis, LagSettings settings) {
		if (commits.isEmpty()) {
			return lag > 0 ? LagStatus.STOPPED : LagStatus.OK;
		}
		for (int i = 1; i < commits.size(); i++) {
			if (commits.get(i).offset() < commits.get(i - 1).offset()) {
				return LagStatus.REWIND;
			}
		}
		if (lag == 0) {
			return LagStatus.OK;
		}
		CommitSample first = commits.get(0);
		CommitSample last = commits.get(commits.size() - 1);
		long silence = nowMillis - last.timestampMillis();
		long span = last.timestampMillis() - first.timestampMillis();
		if (silence > span && silence > settings.minStopSeconds() * 1000) {
			return LagStatus.STOPPED;
		}
		if (commits.size() >= 2 && first.offset() == last.offset()) {
			return LagStatus.STALLED;
		}
		if (commits.stream().anyMatch(sample -> sample.lag() == 0)) {
			return LagStatus.OK;
		}
		return commits.size() >= 2 && lagGrewEveryTime(commits) ? LagStatus.WARNING : LagStatus.OK;
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
