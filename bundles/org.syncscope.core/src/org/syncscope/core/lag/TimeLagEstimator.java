package org.syncscope.core.lag;

import java.util.ArrayList;
import java.util.List;
import java.util.OptionalLong;

/**
 * Estimates how long ago the record at the committed offset was produced. When the timestamp of that record
 * is known (the connector read it) the lag is now minus that timestamp. Otherwise, as Kafka Lag Exporter
 * does, the log-end history is a piecewise linear map from offset to time: the committed offset was the log
 * end at some moment between the two samples that bracket it, found by linear interpolation. The current
 * log end at the current time closes the history. A committed offset older than every sample is placed by
 * extrapolating the rate of the two oldest distinct samples backwards, which is marked as less certain.
 */
public final class TimeLagEstimator {

	private TimeLagEstimator() {
	}

	/**
	 * The time lag of a partition.
	 *
	 * @param committed the committed offset
	 * @param logEnd the log-end offset now
	 * @param nowMillis the time now
	 * @param logEndSamples earlier log-end observations, oldest first
	 * @param committedRecordTimestamp timestamp of the record at {@code committed}, if the connector knows it
	 */
	public static TimeLag estimate(long committed, long logEnd, long nowMillis, List<OffsetSample> logEndSamples,
			OptionalLong committedRecordTimestamp) {
		if (committed >= logEnd) {
			return TimeLag.of(0, TimeLagSource.CAUGHT_UP);
		}
		if (committedRecordTimestamp.isPresent()) {
			return TimeLag.of(nowMillis - committedRecordTimestamp.getAsLong(), TimeLagSource.RECORD_TIMESTAMP);
		}
		List<OffsetSample> points = new ArrayList<>(logEndSamples);
		points.add(new OffsetSample(logEnd, nowMillis));
		for (int i = 1; i < points.size(); i++) {
			OffsetSample before = points.get(i - 1);
			OffsetSample after = points.get(i);
			if (before.offset() <= committed && committed < after.offset()) {
				return TimeLag.of(nowMillis - timeAt(committed, before, after), TimeLagSource.INTERPOLATED);
			}
		}
		OffsetSample oldest = points.get(0);
		for (int i = 1; i < points.size(); i++) {
			OffsetSample next = points.get(i);
			if (next.offset() > oldest.offset() && next.timestampMillis() > oldest.timestampMillis()) {
				long produced = Math.min(oldest.timestampMillis(), timeAt(committed, oldest, next));
				return TimeLag.of(nowMillis - produced, TimeLagSource.EXTRAPOLATED);
			}
		}
		return TimeLag.unknown();
	}

	/** The time at which the line through {@code a} and {@code b} reaches {@code offset}. */
	private static long timeAt(long offset, OffsetSample a, OffsetSample b) {
		double millisPerOffset = (double) (b.timestampMillis() - a.timestampMillis()) / (b.offset() - a.offset());
		return a.timestampMillis() + Math.round((offset - a.offset()) * millisPerOffset);
	}
}
