package org.syncscope.store.history;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Rolls per-second samples up into one sample per link and minute: rates averaged, lag and open conflicts at
 * their maximum (a minute that stalled shows it; slot lag too), cumulative counters at their last value, the worst
 * status seen in the minute, and its time lag an estimate if any second's was.
 */
final class MinuteRollup {

	/** Statuses from worst to best; anything unknown ranks last. */
	private static final List<String> WORST_FIRST = List.of("ERROR", "STOPPED", "STALLED", "REWIND", "WARNING",
			"REBALANCING", "OK");

	private final long minuteMillis;
	private final Map<String, List<MetricSample>> byLinkAndMinute = new LinkedHashMap<>();

	MinuteRollup(long minuteMillis) {
		this.minuteMillis = minuteMillis;
	}

	void add(MetricSample sample) {
		long minute = sample.timeMillis() / minuteMillis * minuteMillis;
		byLinkAndMinute.computeIfAbsent(sample.linkId() + '\u0000' + minute, k -> new ArrayList<>()).add(sample);
	}

	List<MetricSample> minutes() {
		List<MetricSample> minutes = new ArrayList<>();
		for (List<MetricSample> samples : byLinkAndMinute.values()) {
			MetricSample first = samples.get(0);
			MetricSample last = samples.get(samples.size() - 1);
			minutes.add(new MetricSample(first.linkId(), first.timeMillis() / minuteMillis * minuteMillis,
					worstStatus(samples), samples.stream().mapToLong(MetricSample::offsetLag).max().orElse(-1),
					samples.stream().mapToLong(MetricSample::timeLagMillis).max().orElse(-1),
					samples.stream().mapToDouble(MetricSample::eventsPerSecond).average().orElse(0),
					samples.stream().mapToDouble(MetricSample::bytesPerSecond).average().orElse(0),
					last.conflictsDetected(), last.conflictsClosed(),
					samples.stream().mapToInt(MetricSample::openConflicts).max().orElse(0),
					samples.stream().anyMatch(MetricSample::timeLagEstimated),
					samples.stream().mapToLong(MetricSample::slotLagBytes).max().orElse(MetricSample.UNKNOWN)));
		}
		return minutes;
	}

	private static String worstStatus(List<MetricSample> samples) {
		String worst = null;
		for (MetricSample sample : samples) {
			if (worst == null || rank(sample.status()) < rank(worst)) {
				worst = sample.status();
			}
		}
		return worst;
	}

	private static int rank(String status) {
		int index = WORST_FIRST.indexOf(status);
		return index < 0 ? WORST_FIRST.size() : index;
	}
}
