package org.syncscope.ui.dashboard;

import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.jfree.chart.ChartUtils;
import org.jfree.chart.JFreeChart;
import org.syncscope.store.history.MetricSample;

/**
 * Exports what the dashboard shows: a chart as PNG (drawn by JFreeChart into an image; the caller holds the
 * chart's lock) and the samples behind the charts as CSV.
 */
public final class ChartExport {

	/** The first line of an exported CSV file. */
	public static final String CSV_HEADER = "link,time,status,offset_lag,time_lag_ms,events_per_sec,bytes_per_sec,"
			+ "conflicts_detected,conflicts_closed,open_conflicts,slot_lag_bytes";

	private ChartExport() {
	}

	static void png(JFreeChart chart, Path file, int width, int height) throws IOException {
		ChartUtils.saveChartAsPNG(file.toFile(), chart, width, height);
	}

	static void csv(Map<String, List<MetricSample>> samplesByLink, Path file) throws IOException {
		try (Writer out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
			out.write(CSV_HEADER);
			out.write('\n');
			for (Map.Entry<String, List<MetricSample>> link : samplesByLink.entrySet()) {
				for (MetricSample sample : link.getValue()) {
					out.write(String.format(Locale.ROOT, "%s,%s,%s,%d,%d,%.3f,%.3f,%d,%d,%d,%d%n", quote(link.getKey()),
							Instant.ofEpochMilli(sample.timeMillis()), sample.status() == null ? "" : sample.status(),
							sample.offsetLag(), sample.timeLagMillis(), sample.eventsPerSecond(),
							sample.bytesPerSecond(), sample.conflictsDetected(), sample.conflictsClosed(),
							sample.openConflicts(), sample.slotLagBytes()));
				}
			}
		}
	}

	private static String quote(String text) {
		return text.contains(",") || text.contains("\"") ? '"' + text.replace("\"", "\"\"") + '"' : text;
	}
}
