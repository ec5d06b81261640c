package org.syncscope.ui.dashboard;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.jfree.data.xy.XYSeries;
import org.jfree.data.xy.XYSeriesCollection;
import org.syncscope.store.history.MetricSample;

/**
 * The data of the dashboard's four charts, one series per link, built from stored samples off the UI thread
 * (datasets not yet shown in a chart have no listeners, so building them is cheap and safe anywhere).
 * Conflicts per minute are the growth of the detectors' cumulative counts over the preceding minute, summed
 * over the shown links (detected, and closed or resolved).
 */
public record ChartDatasets(XYSeriesCollection lagSeconds, XYSeriesCollection lagEvents, XYSeriesCollection throughput,
		XYSeriesCollection conflictsPerMinute) {

	private static final long MINUTE = 60_000;
	private static final long SECOND = 1_000;

	/** Datasets for {@code samplesByLink} (series named by the map's keys, in its order). */
	public static ChartDatasets of(Map<String, List<MetricSample>> samplesByLink) {
		XYSeriesCollection lagSeconds = new XYSeriesCollection();
		XYSeriesCollection lagEvents = new XYSeriesCollection();
		XYSeriesCollection throughput = new XYSeriesCollection();
		XYSeriesCollection conflicts = new XYSeriesCollection();
		TreeMap<Long, double[]> conflictTotals = new TreeMap<>();
		samplesByLink.forEach((link, samples) -> {
			XYSeries seconds = series(link);
			XYSeries events = series(link);
			XYSeries rate = series(link);
			int minuteAgo = 0;
			for (int i = 0; i < samples.size(); i++) {
				MetricSample sample = samples.get(i);
				long x = sample.timeMillis();
				if (sample.timeLagMillis() >= 0) {
					seconds.add(x, sample.timeLagMillis() / 1000.0, false);
				}
				if (sample.offsetLag() >= 0) {
					events.add(x, sample.offsetLag(), false);
				}
				rate.add(x, sample.eventsPerSecond(), false);
				while (samples.get(minuteAgo).timeMillis() < x - MINUTE) {
					minuteAgo++;
				}
				MetricSample earlier = samples.get(minuteAgo);
				if (x - earlier.timeMillis() > 0) {
					double scale = (double) MINUTE / (x - earlier.timeMillis());
					double[] totals = conflictTotals.computeIfAbsent(x / SECOND * SECOND, t -> new double[2]);
					totals[0] += (sample.conflictsDetected() - earlier.conflictsDetected()) * scale;
					totals[1] += (sample.conflictsClosed() - earlier.conflictsClosed()) * scale;
				}
			}
			lagSeconds.addSeries(seconds);
			lagEvents.addSeries(events);
			throughput.addSeries(rate);
		});
		XYSeries detected = series("detected");
		XYSeries closed = series("closed or resolved");
		conflictTotals.forEach((time, totals) -> {
			detected.add(time.doubleValue(), totals[0], false);
			closed.add(time.doubleValue(), totals[1], false);
		});
		conflicts.addSeries(detected);
		conflicts.addSeries(closed);
		return new ChartDatasets(lagSeconds, lagEvents, throughput, conflicts);
	}

	private static XYSeries series(String name) {
		return new XYSeries(name, false, true);
	}
}
