package org.syncscope.ui.dashboard;

import java.sql.SQLException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.syncscope.core.lag.LagSettings;
import org.syncscope.kafka.monitor.LinkSpec;
import org.syncscope.store.history.MetricHistory;
import org.syncscope.store.history.MetricSample;
import org.syncscope.store.history.Resolution;

/**
 * One prepared frame of the dashboard's charts: the stored samples of the shown links for a window, the
 * datasets built from them, and the focused link's thresholds. Made off the UI thread.
 */
public record ChartData(Map<String, List<MetricSample>> samplesByLink, ChartDatasets datasets,
		List<DashboardCharts.Threshold> thresholds, TimeRange range) {

	/**
	 * Points per drawn series for a plot {@code plotWidth} pixels wide: a minimum and a maximum per pixel
	 * column is all a screen can show. Every point while the width is not known yet (0).
	 */
	public static int pointsPerSeries(int plotWidth) {
		return plotWidth > 0 ? 2 * plotWidth : Integer.MAX_VALUE;
	}

	/**
	 * Reads the samples of {@code links} over {@code range} (series named after the links) in the finest
	 * resolution still kept for its start at {@code nowMillis}, and prepares datasets of at most
	 * {@code maxPoints} points per series.
	 */
	public static ChartData read(MetricHistory history, List<LinkSpec> links, TimeRange range, int maxPoints,
			long nowMillis) throws SQLException {
		Resolution resolution = Resolution.covering(range.fromMillis(), nowMillis);
		Map<String, List<MetricSample>> samples = new LinkedHashMap<>();
		for (LinkSpec link : links) {
			samples.put(link.name(), history.read(link.id(), range.fromMillis(), range.toMillis(), resolution));
		}
		return new ChartData(samples, ChartDatasets.of(samples, maxPoints), thresholds(links), range);
	}

	/** The thresholds of the shown links, each value once; disabled thresholds are left out. */
	public static List<DashboardCharts.Threshold> thresholds(List<LinkSpec> links) {
		Map<Long, DashboardCharts.Threshold> byValue = new LinkedHashMap<>();
		for (LinkSpec link : links) {
			LagSettings settings = link.lagSettings();
			if (settings.warningSeconds() != LagSettings.DISABLED) {
				byValue.putIfAbsent(settings.warningSeconds(), new DashboardCharts.Threshold(settings.warningSeconds(),
						"warning " + settings.warningSeconds() + " s", false));
			}
			if (settings.criticalSeconds() != LagSettings.DISABLED) {
				byValue.put(settings.criticalSeconds(), new DashboardCharts.Threshold(settings.criticalSeconds(),
						"critical " + settings.criticalSeconds() + " s", true));
			}
		}
		return new ArrayList<>(byValue.values());
	}
}
