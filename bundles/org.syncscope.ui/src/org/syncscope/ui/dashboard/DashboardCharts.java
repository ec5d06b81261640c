package org.syncscope.ui.dashboard;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.text.SimpleDateFormat;
import java.util.List;

import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Composite;
import org.jfree.chart.ChartFactory;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.DateAxis;
import org.jfree.chart.plot.ValueMarker;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.xy.SamplingXYLineRenderer;
import org.jfree.chart.swt.ChartComposite;
import org.jfree.chart.ui.Layer;
import org.jfree.chart.ui.RectangleAnchor;
import org.jfree.chart.ui.RectangleEdge;
import org.jfree.chart.ui.TextAnchor;
import org.jfree.data.xy.XYSeriesCollection;

/**
 * The dashboard's four live charts (lag in seconds with the thresholds as markers, lag in events,
 * throughput, conflicts per minute), drawn by JFreeChart inside SWT. The sampling renderer draws at most a
 * few points per pixel column, so an hour of one-second samples for many links stays cheap to paint.
 */
public final class DashboardCharts {

	/** A threshold line on the lag chart: its value in seconds, its label, whether it is the critical one. */
	public record Threshold(double seconds, String label, boolean critical) {
	}

	private final JFreeChart lagSeconds = chart("Lag (seconds)", "seconds behind");
	private final JFreeChart lagEvents = chart("Lag (events)", "unapplied events");
	private final JFreeChart throughput = chart("Throughput", "events / s");
	private final JFreeChart conflicts = chart("Conflicts per minute", "conflicts / min");

	DashboardCharts(Composite parent) {
		Composite grid = new Composite(parent, SWT.NONE);
		GridDataFactory.fillDefaults().grab(true, true).applyTo(grid);
		GridLayoutFactory.fillDefaults().numColumns(2).equalWidth(true).spacing(4, 4).applyTo(grid);
		for (JFreeChart chart : List.of(lagEvents, throughput)) {
			chart.removeLegend(); // the lag chart's legend names the same links in the same colours
		}
		for (JFreeChart chart : charts()) {
			ChartComposite composite = new ChartComposite(grid, SWT.NONE, chart, false, false, false, true, true);
			composite.setDomainZoomable(true);
			composite.setRangeZoomable(false);
			GridDataFactory.fillDefaults().grab(true, true).hint(200, 160).applyTo(composite);
		}
	}

	List<JFreeChart> charts() {
		return List.of(lagSeconds, lagEvents, throughput, conflicts);
	}

	/** Shows new data for the window ending at {@code toMillis} (UI thread); thresholds mark the lag chart. */
	void show(ChartDatasets data, List<Threshold> thresholds, TimeWindow window, long toMillis) {
		for (JFreeChart chart : charts()) {
			DateAxis time = (DateAxis) chart.getXYPlot().getDomainAxis();
			time.setDateFormatOverride(new SimpleDateFormat(window.span().toHours() >= 24 ? "dd MMM HH:mm" : "HH:mm:ss"));
			time.setRange(toMillis - window.span().toMillis(), toMillis);
		}
		set(lagSeconds, data.lagSeconds());
		set(lagEvents, data.lagEvents());
		set(throughput, data.throughput());
		set(conflicts, data.conflictsPerMinute());
		XYPlot plot = lagSeconds.getXYPlot();
		plot.clearRangeMarkers();
		for (Threshold threshold : thresholds) {
			ValueMarker marker = new ValueMarker(threshold.seconds(),
					threshold.critical() ? new Color(0xE5, 0x39, 0x35) : new Color(0xFF, 0xA0, 0x00),
					new BasicStroke(1.5f, BasicStroke.CAP_BUTT, BasicStroke.JOIN_MITER, 1f, new float[] { 6f, 4f }, 0f));
			marker.setLabel(threshold.label());
			marker.setLabelFont(new Font(Font.SANS_SERIF, Font.PLAIN, 10));
			marker.setLabelAnchor(RectangleAnchor.TOP_LEFT);
			marker.setLabelTextAnchor(TextAnchor.BOTTOM_LEFT);
			plot.addRangeMarker(marker, Layer.FOREGROUND);
		}
	}

	/** Legends at the right in a small font, so the plots keep their height. */
	private static void compactLegend(JFreeChart chart) {
		if (chart.getLegend() != null) {
			chart.getLegend().setPosition(RectangleEdge.RIGHT);
			chart.getLegend().setItemFont(new Font(Font.SANS_SERIF, Font.PLAIN, 9));
		}
	}

	private static void set(JFreeChart chart, XYSeriesCollection dataset) {
		chart.getXYPlot().setDataset(dataset);
	}

	public static JFreeChart chart(String title, String unit) {
		JFreeChart chart = ChartFactory.createXYLineChart(title, null, unit, new XYSeriesCollection());
		chart.getTitle().setFont(new Font(Font.SANS_SERIF, Font.BOLD, 12));
		chart.setBackgroundPaint(Color.WHITE);
		XYPlot plot = chart.getXYPlot();
		DateAxis time = new DateAxis();
		time.setDateFormatOverride(new SimpleDateFormat("HH:mm:ss"));
		time.setLowerMargin(0);
		time.setUpperMargin(0);
		plot.setDomainAxis(time);
		plot.setRenderer(new SamplingXYLineRenderer());
		plot.setBackgroundPaint(new Color(0xFA, 0xFA, 0xFA));
		plot.setDomainGridlinePaint(new Color(0xDD, 0xDD, 0xDD));
		plot.setRangeGridlinePaint(new Color(0xDD, 0xDD, 0xDD));
		plot.getRangeAxis().setLabelFont(new Font(Font.SANS_SERIF, Font.PLAIN, 10));
		time.setLabel(null);
		compactLegend(chart);
		return chart;
	}
}
