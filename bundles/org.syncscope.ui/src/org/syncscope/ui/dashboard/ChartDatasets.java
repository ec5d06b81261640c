package org.syncscope.ui.dashboard;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.ToLongFunction;

import org.jfree.data.xy.XYSeries;
import org.jfree.data.xy.XYSeriesCollection;
import org.syncscope.store.history.MetricSample;

/**
 * The data of the dashboard's four charts, one series per link, built from stored samples off the UI thread
 * (datasets not yet shown in a chart have no listeners, so building them is cheap and safe anywhere).
 * Conflicts per minute are the growth of the detectors' cumulative counts over the preceding minute, summed
 * over the shown links (detected, and closed or resolved); a count that starts again after monitoring
 * restarted is not taken for a fall. Where a link's lag was unknown (its cluster DOWN, its group
 * rebalancing), its lag lines have a gap; where its lag in seconds was an estimate, the stretch is drawn in a
 * series of its own named {@value #ESTIMATE}link, which the chart draws dashed. Links whose source has a slot
 * lag (Debezium's) have a series of it in bytes, with gaps where it was not read.
 */
public record ChartDatasets(XYSeriesCollection lagSeconds, XYSeriesCollection lagEvents, XYSeriesCollection throughput,
		XYSeriesCollection conflictsPerMinute, XYSeriesCollection slotLagBytes) {

	/** Starts the name of a series of estimated lag in seconds, which the lag chart draws dashed. */
	public static final String ESTIMATE = "≈ ";

	private static final long MINUTE = 60_000;
	private static final long SECOND = 1_000;

	/** Datasets for {@code samplesByLink} (series named by the map's keys, in its order), every point kept. */
	public static ChartDatasets of(Map<String, List<MetricSample>> samplesByLink) {
		return of(samplesByLink, Integer.MAX_VALUE);
	}

	/**
	 * Datasets for {@code samplesByLink} with at most {@code maxPoints} points per series (see
	 * {@link MinMaxDownsampler}), for drawing.
	 */
	public static ChartDatasets of(Map<String, List<MetricSample>> samplesByLink, int maxPoints) {
		XYSeriesCollection lagSeconds = new XYSeriesCollection();
		XYSeriesCollection lagEvents = new XYSeriesCollection();
		XYSeriesCollection throughput = new XYSeriesCollection();
		XYSeriesCollection conflicts = new XYSeriesCollection();
		XYSeriesCollection slotLag = new XYSeriesCollection();
		TreeMap<Long, double[]> conflictTotals = new TreeMap<>();
		samplesByLink.forEach((link, samples) -> {
			XYSeries seconds = series(link);
			XYSeries estimated = series(ESTIMATE + link);
			XYSeries events = series(link);
			XYSeries rate = series(link);
			XYSeries slot = series(link);
			long[] detectedSoFar = countedSoFar(samples, MetricSample::conflictsDetected);
			long[] closedSoFar = countedSoFar(samples, MetricSample::conflictsClosed);
			int minuteAgo = 0;
			for (int i = 0; i < samples.size(); i++) {
				MetricSample sample = samples.get(i);
				long x = sample.timeMillis();
				if (sample.timeLagMillis() >= 0) {
					XYSeries drawn = sample.timeLagEstimated() ? estimated : seconds;
					drawn.add(x, sample.timeLagMillis() / 1000.0, false);
					gap(sample.timeLagEstimated() ? seconds : estimated, x);
				} else {
					gap(seconds, x);
					gap(estimated, x);
				}
				if (sample.offsetLag() >= 0) {
					events.add(x, sample.offsetLag(), false);
				} else {
					gap(events, x);
				}
				rate.add(x, sample.eventsPerSecond(), false);
				if (sample.slotLagBytes() >= 0) {
					slot.add(x, sample.slotLagBytes(), false);
				} else {
					gap(slot, x);
				}
				while (samples.get(minuteAgo).timeMillis() < x - MINUTE) {
					minuteAgo++;
				}
				MetricSample earlier = samples.get(minuteAgo);
				if (x - earlier.timeMillis() > 0) {
					double scale = (double) MINUTE / (x - earlier.timeMillis());
					double[] totals = conflictTotals.computeIfAbsent(x / SECOND * SECOND, t -> new double[2]);
					totals[0] += (detectedSoFar[i] - detectedSoFar[minuteAgo]) * scale;
					totals[1] += (closedSoFar[i] - closedSoFar[minuteAgo]) * scale;
				}
			}
			lagSeconds.addSeries(MinMaxDownsampler.downsample(seconds, maxPoints));
			if (estimated.getItemCount() > 0) {
				lagSeconds.addSeries(MinMaxDownsampler.downsample(estimated, maxPoints));
			}
			lagEvents.addSeries(MinMaxDownsampler.downsample(events, maxPoints));
			throughput.addSeries(MinMaxDownsampler.downsample(rate, maxPoints));
			if (slot.getItemCount() > 0) {
				slotLag.addSeries(MinMaxDownsampler.downsample(slot, maxPoints));
			}
		});
		XYSeries detected = series("detected");
		XYSeries closed = series("closed or resolved");
		conflictTotals.forEach((time, totals) -> {
			detected.add(time.doubleValue(), totals[0], false);
			closed.add(time.doubleValue(), totals[1], false);
		});
		conflicts.addSeries(MinMaxDownsampler.downsample(detected, maxPoints));
		conflicts.addSeries(MinMaxDownsampler.downsample(closed, maxPoints));
		return new ChartDatasets(lagSeconds, lagEvents, throughput, conflicts, slotLag);
	}

	/**
	 * A detector's cumulative count made monotonic across restarts of monitoring, where it starts again from
	 * zero: a sample below the one before counts as what was counted since the restart.
	 */
	private static long[] countedSoFar(List<MetricSample> samples, ToLongFunction<MetricSample> count) {
		long[] total = new long[samples.size()];
		for (int i = 1; i < samples.size(); i++) {
			long now = count.applyAsLong(samples.get(i));
			long before = count.applyAsLong(samples.get(i - 1));
			total[i] = total[i - 1] + (now >= before ? now - before : now);
		}
		return total;
	}

	/**
	 * Ends the line where a figure is unknown (an outage, a rebalance): one empty point, which the renderer
	 * draws as a gap instead of a straight line across.
	 */
	private static void gap(XYSeries series, long x) {
		int last = series.getItemCount() - 1;
		if (last >= 0 && series.getY(last) != null) {
			series.add(x, (Number) null, false);
		}
	}

	private static XYSeries series(String name) {
		return new XYSeries(name, false, true);
	}
}
