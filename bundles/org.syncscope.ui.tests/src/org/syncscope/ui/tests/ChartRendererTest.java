package org.syncscope.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.geom.Rectangle2D;

import org.jfree.chart.JFreeChart;
import org.jfree.data.Range;
import org.jfree.data.xy.XYSeries;
import org.jfree.data.xy.XYSeriesCollection;
import org.junit.jupiter.api.Test;
import org.syncscope.ui.dashboard.ChartRenderer;
import org.syncscope.ui.dashboard.DashboardCharts;
import org.syncscope.ui.dashboard.RenderedChart;

/** A chart frame drawn off the UI thread has the asked size and maps its pixels back to times and values. */
class ChartRendererTest {

	private static final long T0 = 1_800_000_000_000L;

	@Test
	void frameMapsPixelsToTheTimesAndValuesItWasDrawnWith() {
		XYSeries line = new XYSeries("link", false, true);
		line.add(T0, 0);
		line.add(T0 + 60_000, 100);
		JFreeChart chart = DashboardCharts.chart("Lag (seconds)", "seconds behind");
		chart.getXYPlot().setDataset(new XYSeriesCollection(line));
		chart.getXYPlot().getDomainAxis().setRange(T0, T0 + 60_000);
		chart.getXYPlot().getRangeAxis().setRange(0, 100);

		RenderedChart frame = new ChartRenderer().render(chart, 640, 320);

		assertEquals(640, frame.image().width);
		assertEquals(320, frame.image().height);
		Rectangle2D area = frame.dataArea();
		assertTrue(area.getWidth() > 400 && area.getHeight() > 150, "a plot inside the frame: " + area);
		assertEquals(new Range(T0, T0 + 60_000), frame.time());
		assertEquals(T0, frame.timeAt((int) Math.ceil(area.getMinX())), 60_000 / area.getWidth());
		assertEquals(T0 + 30_000, frame.timeAt((int) Math.round(area.getCenterX())), 60_000 / area.getWidth());
		assertEquals(T0 + 60_000, frame.timeAt((int) area.getMaxX() + 50), 1e-6, "clamped to the drawn range");
		assertEquals(50, frame.valueAt((int) Math.round(area.getCenterY())), 100 / area.getHeight());
		int white = 0xFFFFFF;
		int plotBackground = frame.image().getPixel((int) area.getCenterX(), (int) area.getMinY() + 5);
		assertTrue(plotBackground != white, "the plot's background is drawn");
	}

	@Test
	void aFlatLineAtZeroIsScaledFromZeroToOne() {
		assertEquals(new Range(0, 1), valueScaleOfALineFrom(0, 0));
	}

	@Test
	void valuesAreScaledFromZero() {
		Range range = valueScaleOfALineFrom(1_000, 1_200);
		assertEquals(0, range.getLowerBound());
		assertTrue(range.getUpperBound() >= 1_200, range.toString());
	}

	/** The value axis of a dashboard chart drawn with one line from {@code first} to {@code last} over a minute. */
	private static Range valueScaleOfALineFrom(double first, double last) {
		XYSeries line = new XYSeries("link", false, true);
		line.add(T0, first);
		line.add(T0 + 60_000, last);
		JFreeChart chart = DashboardCharts.chart("Lag (events)", "unapplied events");
		chart.getXYPlot().setDataset(new XYSeriesCollection(line));
		new ChartRenderer().render(chart, 640, 320);
		return chart.getXYPlot().getRangeAxis().getRange();
	}
}
