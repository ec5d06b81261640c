package org.syncscope.ui.dashboard;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.text.FieldPosition;
import java.text.NumberFormat;
import java.text.ParsePosition;
import java.text.SimpleDateFormat;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Composite;
import org.jfree.chart.ChartFactory;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.DateAxis;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.plot.ValueMarker;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.xy.XYLineAndShapeRenderer;
import org.jfree.chart.ui.Layer;
import org.jfree.chart.ui.RectangleAnchor;
import org.jfree.chart.ui.RectangleEdge;
import org.jfree.chart.ui.TextAnchor;
import org.jfree.data.Range;
import org.jfree.data.RangeType;
import org.jfree.data.xy.XYSeriesCollection;

/**
 * The dashboard's four live charts (lag in seconds with the thresholds as markers, lag in events with the slot lag of
 * Debezium sources on a second axis, throughput, conflicts per minute), drawn by JFreeChart off the UI thread (see
 * {@link ChartCanvas}). Series arrive thinned to a minimum and maximum per pixel column (see ChartData), lines are
 * drawn as one path per series without antialiasing (text keeps it): together a frame of 20 series of an hour of
 * samples costs a few milliseconds instead of tens.
 */
public final class DashboardCharts {

	/** A threshold line on the lag chart: its value in seconds, its label, whether it is the critical one. */
	public record Threshold(double seconds, String label, boolean critical) {
	}

	private final JFreeChart lagSeconds = chart("Lag (seconds)", "seconds behind");
	private final JFreeChart lagEvents = chart("Lag (events)", "unapplied events");
	private final JFreeChart throughput = chart("Throughput", "events / s");
	private final JFreeChart conflicts = chart("Conflicts per minute", "conflicts / min");
	private final List<ChartCanvas> canvases = new ArrayList<>();
	private final Runnable zoomChanged;

	/** The four charts; {@code zoomChanged} runs (UI thread) when the operator zoomed, panned or reset them. */
	DashboardCharts(Composite parent, Runnable zoomChanged) {
		this.zoomChanged = zoomChanged;
		Composite grid = new Composite(parent, SWT.NONE);
		GridDataFactory.fillDefaults().grab(true, true).applyTo(grid);
		GridLayoutFactory.fillDefaults().numColumns(2).equalWidth(true).spacing(4, 4).applyTo(grid);
		for (JFreeChart chart : List.of(lagEvents, throughput)) {
			chart.removeLegend(); // the lag chart's legend names the same links in the same colours
		}
		for (JFreeChart chart : charts()) {
			ChartCanvas canvas = new ChartCanvas(grid, chart, this::zoomAll);
			GridDataFactory.fillDefaults().grab(true, true).hint(200, 160).applyTo(canvas.control());
			canvases.add(canvas);
		}
	}

	List<JFreeChart> charts() {
		return List.of(lagSeconds, lagEvents, throughput, conflicts);
	}

	/** Shows new data (any thread): the charts take it in their render jobs. */
	void show(ChartData data) {
		ChartDatasets datasets = data.datasets();
		List<XYSeriesCollection> perChart = List.of(datasets.lagSeconds(), datasets.lagEvents(),
				datasets.throughput(), datasets.conflictsPerMinute());
		for (int i = 0; i < canvases.size(); i++) {
			XYSeriesCollection dataset = perChart.get(i);
			canvases.get(i).change(chart -> chart.getXYPlot().setDataset(dataset));
			canvases.get(i).showWindow(data.range().axisRange());
		}
		canvases.get(0).change(chart -> {
			mark(chart.getXYPlot(), data.thresholds());
			dashEstimates(chart.getXYPlot());
		});
		canvases.get(1).change(chart -> showSlotLag(chart.getXYPlot(), datasets.slotLagBytes()));
	}

	/**
	 * The slot lag of Debezium sources on the events lag chart, against an axis of bytes at its right: dashed,
	 * each in its link's colour. The axis shows only while some shown link has a slot lag.
	 */
	private static void showSlotLag(XYPlot plot, XYSeriesCollection slotLag) {
		if (plot.getRangeAxis(SLOT_LAG) == null) {
			NumberAxis bytes = new NumberAxis("slot lag (dashed)");
			bytes.setLabelFont(new Font(Font.SANS_SERIF, Font.PLAIN, 10));
			bytes.setNumberFormatOverride(new ByteFormat());
			bytes.setRangeType(RangeType.POSITIVE);
			bytes.setAutoRangeIncludesZero(true);
			bytes.setAutoRangeMinimumSize(1);
			plot.setRangeAxis(SLOT_LAG, bytes);
			plot.mapDatasetToRangeAxis(SLOT_LAG, SLOT_LAG);
			XYLineAndShapeRenderer lines = new XYLineAndShapeRenderer(true, false);
			lines.setDrawSeriesLineAsPath(true);
			plot.setRenderer(SLOT_LAG, lines);
		}
		plot.setDataset(SLOT_LAG, slotLag);
		plot.getRangeAxis(SLOT_LAG).setVisible(slotLag.getSeriesCount() > 0);
		XYSeriesCollection events = (XYSeriesCollection) plot.getDataset();
		XYLineAndShapeRenderer eventLines = (XYLineAndShapeRenderer) plot.getRenderer();
		XYLineAndShapeRenderer slotLines = (XYLineAndShapeRenderer) plot.getRenderer(SLOT_LAG);
		for (int i = 0; i < slotLag.getSeriesCount(); i++) {
			int link = events.getSeriesIndex(slotLag.getSeriesKey(i));
			slotLines.setSeriesStroke(i, SLOT_LAG_STROKE, false);
			if (link >= 0) {
				slotLines.setSeriesPaint(i, eventLines.lookupSeriesPaint(link), false);
			}
		}
	}

	/** Tick labels of a byte axis as people read them (kB, MB). */
	private static final class ByteFormat extends NumberFormat {

		private static final long serialVersionUID = 1L;

		@Override
		public StringBuffer format(double number, StringBuffer toAppendTo, FieldPosition pos) {
			return toAppendTo.append(Bytes.format(Math.round(number)));
		}

		@Override
		public StringBuffer format(long number, StringBuffer toAppendTo, FieldPosition pos) {
			return toAppendTo.append(Bytes.format(number));
		}

		@Override
		public Number parse(String source, ParsePosition parsePosition) {
			throw new UnsupportedOperationException("tick labels are only written");
		}
	}

	/** One chart was zoomed, panned or reset: the others follow, so the four always show the same time. */
	private void zoomAll(Range range) {
		canvases.forEach(canvas -> canvas.follow(range));
		zoomChanged.run();
	}

	/** Shows the window again, forgetting the zoom (when the operator picked another window). */
	void followWindow() {
		canvases.forEach(canvas -> canvas.follow(null));
	}

	/** The span the operator zoomed or panned to, if any: the dashboard reads it at its own resolution. */
	Optional<TimeRange> zoom() {
		Range range = canvases.get(0).zoom(); // the four always share it
		return range == null || (long) range.getUpperBound() <= (long) range.getLowerBound() ? Optional.empty()
				: Optional.of(new TimeRange((long) range.getLowerBound(), (long) range.getUpperBound()));
	}

	/** The time ranges of the frames on screen, one per chart that has drawn one (UI thread). */
	List<Range> drawnTimeRanges() {
		return canvases.stream().flatMap(canvas -> canvas.drawnTimeRange().stream()).toList();
	}

	/** The widest plot's width in pixels (UI thread). */
	int plotWidth() {
		return canvases.stream().mapToInt(ChartCanvas::plotWidth).max().orElse(0);
	}

	private static void mark(XYPlot plot, List<Threshold> thresholds) {
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

	/** Draws each series of estimated lag dashed, in the colour of its link's series. */
	private static void dashEstimates(XYPlot plot) {
		XYSeriesCollection dataset = (XYSeriesCollection) plot.getDataset();
		XYLineAndShapeRenderer renderer = (XYLineAndShapeRenderer) plot.getRenderer();
		for (int i = 0; i < dataset.getSeriesCount(); i++) {
			String key = dataset.getSeriesKey(i).toString();
			boolean estimate = key.startsWith(ChartDatasets.ESTIMATE);
			renderer.setSeriesStroke(i, estimate ? ESTIMATE_STROKE : null, false);
			int measured = estimate ? dataset.getSeriesIndex(key.substring(ChartDatasets.ESTIMATE.length())) : -1;
			if (measured >= 0) {
				renderer.setSeriesPaint(i, renderer.lookupSeriesPaint(measured), false);
			}
		}
	}

	/** Legends at the right in a small font, so the plots keep their height. */
	private static void compactLegend(JFreeChart chart) {
		if (chart.getLegend() != null) {
			chart.getLegend().setPosition(RectangleEdge.RIGHT);
			chart.getLegend().setItemFont(new Font(Font.SANS_SERIF, Font.PLAIN, 9));
		}
	}

	/** The index of the slot lag's dataset, axis and renderer on the events lag chart. */
	private static final int SLOT_LAG = 1;

	private static final BasicStroke SLOT_LAG_STROKE = new BasicStroke(1.5f, BasicStroke.CAP_BUTT,
			BasicStroke.JOIN_MITER, 1f, new float[] { 5f, 3f }, 0f);

	private static final BasicStroke ESTIMATE_STROKE = new BasicStroke(1.5f, BasicStroke.CAP_BUTT,
			BasicStroke.JOIN_MITER, 1f, new float[] { 2f, 3f }, 0f);

	/** A time chart as the dashboard draws it, with no data yet. */
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
		XYLineAndShapeRenderer lines = new XYLineAndShapeRenderer(true, false);
		lines.setDrawSeriesLineAsPath(true);
		plot.setRenderer(lines);
		chart.setAntiAlias(false);
		plot.setBackgroundPaint(new Color(0xFA, 0xFA, 0xFA));
		plot.setDomainGridlinePaint(new Color(0xDD, 0xDD, 0xDD));
		plot.setRangeGridlinePaint(new Color(0xDD, 0xDD, 0xDD));
		NumberAxis values = (NumberAxis) plot.getRangeAxis();
		values.setLabelFont(new Font(Font.SANS_SERIF, Font.PLAIN, 10));
		// lag, rates and counts are never negative and start at zero; a flat line (no conflicts, no lag) gets a
		// scale of 0 to 1, not one of ±5E-9 around it
		values.setRangeType(RangeType.POSITIVE);
		values.setAutoRangeIncludesZero(true);
		values.setAutoRangeMinimumSize(1);
		time.setLabel(null);
		compactLegend(chart);
		return chart;
	}
}
