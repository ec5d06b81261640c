package org.syncscope.core.lag;

import java.util.List;
import java.util.OptionalDouble;

/**
 * How fast a partition's lag changed over the recent past: the least-squares slope of the lag over
 * {@value #HORIZON_MILLIS} ms, the lag being log end minus committed offset as the samples show them at
 * evenly spaced moments. A fit over many moments reads a flat lag as flat whatever happened before the
 * horizon, and is not thrown by the saw-tooth that periodic commits draw.
 */
final class LagSlope {

	/** How far back the trend looks. */
	static final long HORIZON_MILLIS = 30_000;
	private static final int POINTS = 31;
	private static final long MIN_SPAN_MILLIS = 1_000;

	private LagSlope() {
	}

	/** The lag's slope in events per second, empty while the samples span less than a second. */
	static OptionalDouble of(PartitionInput input, long nowMillis) {
		List<CommitSample> commits = input.commits();
		List<OffsetSample> ends = input.logEndSamples();
		if (ends.isEmpty()) {
			return OptionalDouble.empty();
		}
		long from = Math.max(nowMillis - HORIZON_MILLIS, ends.get(0).timestampMillis());
		if (!commits.isEmpty()) {
			from = Math.max(from, commits.get(0).timestampMillis());
		}
		long span = nowMillis - from;
		if (span < MIN_SPAN_MILLIS) {
			return OptionalDouble.empty();
		}
		double sumT = 0;
		double sumY = 0;
		double[] t = new double[POINTS];
		double[] y = new double[POINTS];
		for (int k = 0; k < POINTS; k++) {
			long at = from + span * k / (POINTS - 1);
			long end = at >= nowMillis ? input.logEndOffset() : logEndAt(ends, at);
			long committed = at >= nowMillis ? input.committedOffset() : committedAt(commits, at);
			t[k] = (at - from) / 1000.0;
			y[k] = Math.max(0, end - committed);
			sumT += t[k];
			sumY += y[k];
		}
		double meanT = sumT / POINTS;
		double meanY = sumY / POINTS;
		double covariance = 0;
		double variance = 0;
		for (int k = 0; k < POINTS; k++) {
			covariance += (t[k] - meanT) * (y[k] - meanY);
			variance += (t[k] - meanT) * (t[k] - meanT);
		}
		return OptionalDouble.of(covariance / variance);
	}

	private static long logEndAt(List<OffsetSample> ends, long at) {
		long offset = ends.get(0).offset();
		for (OffsetSample sample : ends) {
			if (sample.timestampMillis() > at) {
				break;
			}
			offset = sample.offset();
		}
		return offset;
	}

	private static long committedAt(List<CommitSample> commits, long at) {
		long offset = 0;
		for (CommitSample sample : commits) {
			if (sample.timestampMillis() > at) {
				break;
			}
			offset = sample.offset();
		}
		return offset;
	}
}
