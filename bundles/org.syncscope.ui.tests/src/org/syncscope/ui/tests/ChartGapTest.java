package org.syncscope.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

import org.jfree.data.xy.XYSeries;
import org.junit.jupiter.api.Test;
import org.syncscope.store.history.MetricSample;
import org.syncscope.ui.dashboard.ChartDatasets;

/** An outage in the stored history is drawn as a gap in the lag lines, not a straight line across it. */
class ChartGapTest {

	/** Lag 100 s for 10 samples, unknown (cluster DOWN) for 80, then 3,000 events and 90 s. */
	private static List<MetricSample> outage() {
		List<MetricSample> samples = new ArrayList<>();
		for (int i = 0; i < 100; i++) {
			boolean down = i >= 10 && i < 90;
			samples.add(new MetricSample("l", i * 1000L, down ? "ERROR" : "OK", down ? MetricSample.UNKNOWN : 3000,
					down ? MetricSample.UNKNOWN : 90_000, 0, 0, 0, 0, 0));
		}
		return samples;
	}

	@Test
	void theLagLinesStopWhereTheLagWasUnknown() {
		ChartDatasets datasets = ChartDatasets.of(Map.of("l", outage()));
		for (XYSeries series : List.of(datasets.lagSeconds().getSeries(0), datasets.lagEvents().getSeries(0))) {
			assertEquals(21, series.getItemCount(), "10 before, one gap, 10 after");
			assertEquals(10_000.0, series.getX(10).doubleValue());
			assertNull(series.getY(10), "the line ends at the outage's first sample");
			assertEquals(90_000.0, series.getX(11).doubleValue(), "and starts again after it");
		}
	}

	@Test
	void thinningKeepsTheGap() {
		XYSeries thinned = ChartDatasets.of(Map.of("l", outage()), 8).lagSeconds().getSeries(0);
		List<Number> ys = new ArrayList<>();
		for (int i = 0; i < thinned.getItemCount(); i++) {
			ys.add(thinned.getY(i));
		}
		assertEquals(1, ys.stream().filter(y -> y == null).count(), Arrays.toString(ys.toArray()));
	}
}
