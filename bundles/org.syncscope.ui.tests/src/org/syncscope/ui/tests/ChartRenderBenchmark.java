package org.syncscope.ui.tests;

import java.awt.Graphics2D;
import java.awt.geom.Rectangle2D;
import java.awt.image.BufferedImage;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Image;
import org.eclipse.swt.layout.FillLayout;
import org.eclipse.swt.widgets.Canvas;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Shell;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.renderer.xy.XYLineAndShapeRenderer;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.syncscope.store.history.MetricSample;
import org.syncscope.testing.bench.Benchmark;
import org.syncscope.testing.bench.BenchmarkReport;
import org.syncscope.ui.dashboard.ChartData;
import org.syncscope.ui.dashboard.ChartDatasets;
import org.syncscope.ui.dashboard.ChartRenderer;
import org.syncscope.ui.dashboard.DashboardCharts;
import org.syncscope.ui.dashboard.RenderedChart;

/**
 * Time to render one frame of a dashboard chart with 20 series of 3,600 points (an hour of one-second
 * samples for 20 links), 1200x600 pixels. Goal: under 30 ms. Measured as the dashboard does it: thinned to
 * two points per pixel column, drawn by Java2D off the UI thread into SWT image data, then the UI thread's
 * part (making the SWT image and blitting it); and, for comparison, the settings the dashboard had before
 * (600 points, antialiased lines drawn segment by segment).
 */
@Tag(Benchmark.TAG)
class ChartRenderBenchmark {

	private static final int SERIES = 20;
	private static final int POINTS = 3_600;
	private static final int WIDTH = 1200;
	private static final int HEIGHT = 600;

	@Test
	void oneFrameOf20SeriesOf3600Points() throws Exception {
		Map<String, List<MetricSample>> samples = samples();
		JFreeChart dashboard = DashboardCharts.chart("Lag (seconds)", "seconds behind");
		ChartRenderer renderer = new ChartRenderer();
		dashboard.getXYPlot().setDataset(ChartDatasets.of(samples, 2).lagSeconds());
		int plotWidth = (int) renderer.render(dashboard, WIDTH, HEIGHT).dataArea().getWidth();
		int points = ChartData.pointsPerSeries(plotWidth);
		dashboard.getXYPlot().setDataset(ChartDatasets.of(samples, points).lagSeconds());
		JFreeChart before = DashboardCharts.chart("Lag (seconds)", "seconds behind");
		before.getXYPlot().setDataset(ChartDatasets.of(samples, 600).lagSeconds());
		before.getXYPlot().setRenderer(new XYLineAndShapeRenderer(true, false));
		before.setAntiAlias(true);

		BenchmarkReport.note("chart frame: 20 series x 3,600 points, " + WIDTH + "x" + HEIGHT + " px, plot " + plotWidth
				+ " px wide, thinned to " + points + " points per series");
		Benchmark.millisPerIteration("datasets of 20 x 3,600 samples thinned to 2 points per pixel column (data job)", 5,
				20, () -> ChartDatasets.of(samples, points).lagSeconds().getSeriesCount());
		Benchmark.millisPerIteration("chart frame off the UI thread: Java2D draw + SWT image data (render job)", 10,
				30, () -> renderer.render(dashboard, WIDTH, HEIGHT).image().width);
		Benchmark.millisPerIteration("chart frame, settings before (600 points, antialiased segments), Java2D only",
				10, 30, () -> draw(before));

		RenderedChart frame = renderer.render(dashboard, WIDTH, HEIGHT);
		Display display = Display.getCurrent();
		Shell shell = new Shell(display);
		shell.setLayout(new FillLayout());
		Image[] shown = new Image[1];
		Canvas canvas = new Canvas(shell, SWT.NO_BACKGROUND | SWT.DOUBLE_BUFFERED);
		canvas.addListener(SWT.Paint, event -> event.gc.drawImage(shown[0], 0, 0));
		shell.setSize(WIDTH, HEIGHT);
		shown[0] = new Image(display, frame.image());
		shell.open();
		try {
			Benchmark.millisPerIteration("UI thread per frame: SWT image from the data, blit, dispose the old one",
					10, 30, () -> {
						Image previous = shown[0];
						shown[0] = new Image(display, frame.image());
						previous.dispose();
						canvas.redraw();
						canvas.update();
						return 1;
					});
		} finally {
			shell.dispose();
			shown[0].dispose();
		}
	}

	private static long draw(JFreeChart chart) {
		BufferedImage image = new BufferedImage(WIDTH, HEIGHT, BufferedImage.TYPE_INT_RGB);
		Graphics2D graphics = image.createGraphics();
		chart.draw(graphics, new Rectangle2D.Double(0, 0, WIDTH, HEIGHT));
		graphics.dispose();
		return 1;
	}

	private static Map<String, List<MetricSample>> samples() {
		Map<String, List<MetricSample>> byLink = new LinkedHashMap<>();
		long start = 1_800_000_000_000L;
		for (int s = 0; s < SERIES; s++) {
			List<MetricSample> samples = new ArrayList<>();
			for (int i = 0; i < POINTS; i++) {
				long lag = (long) (5_000 + 4_000 * Math.sin((i + s * 97) / 120.0));
				samples.add(new MetricSample("link-" + s, start + i * 1_000L, "OK", lag / 10, lag, 40, 4_000, i / 10,
						i / 11, 2));
			}
			byLink.put("link " + s, samples);
		}
		return byLink;
	}
}
