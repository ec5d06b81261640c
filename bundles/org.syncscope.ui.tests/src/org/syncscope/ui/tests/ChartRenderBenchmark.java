package org.syncscope.ui.tests;

import java.awt.Graphics2D;
import java.awt.geom.Rectangle2D;
import java.awt.image.BufferedImage;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.FillLayout;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Shell;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.renderer.xy.XYLineAndShapeRenderer;
import org.jfree.chart.swt.ChartComposite;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.syncscope.store.history.MetricSample;
import org.syncscope.testing.bench.Benchmark;
import org.syncscope.testing.bench.BenchmarkReport;
import org.syncscope.ui.dashboard.ChartDatasets;
import org.syncscope.ui.dashboard.DashboardCharts;

/**
 * Time to render one frame of a dashboard chart with 20 series of 3,600 points (an hour of one-second
 * samples for 20 links). Goal: under 30 ms. Measured with the dashboard's sampling renderer and, for
 * comparison, JFreeChart's default line renderer; off-screen (AWT image) and on screen (SWT paint).
 */
@Tag(Benchmark.TAG)
class ChartRenderBenchmark {

	private static final int SERIES = 20;
	private static final int POINTS = 3_600;

	@Test
	void oneFrameOf20SeriesOf3600Points() throws Exception {
		ChartDatasets datasets = ChartDatasets.of(samples());
		JFreeChart sampling = DashboardCharts.chart("Lag (seconds)", "seconds behind");
		sampling.getXYPlot().setDataset(datasets.lagSeconds());
		JFreeChart plain = DashboardCharts.chart("Lag (seconds)", "seconds behind");
		plain.getXYPlot().setDataset(datasets.lagSeconds());
		plain.getXYPlot().setRenderer(new XYLineAndShapeRenderer(true, false));

		BenchmarkReport.note("chart frame: 20 series x 3,600 points, 1200x600 px");
		Benchmark.millisPerIteration("chart frame, sampling renderer, off-screen", 10, 30, () -> draw(sampling));
		Benchmark.millisPerIteration("chart frame, default line renderer, off-screen", 5, 15, () -> draw(plain));

		Display display = Display.getCurrent();
		Shell shell = new Shell(display);
		shell.setLayout(new FillLayout());
		ChartComposite composite = new ChartComposite(shell, SWT.NONE, sampling, false, false, false, true, true);
		shell.setSize(1200, 600);
		shell.open();
		try {
			Benchmark.millisPerIteration("chart frame, sampling renderer, SWT on screen", 10, 30, () -> {
				composite.forceRedraw();
				composite.update();
				return 1;
			});
		} finally {
			shell.dispose();
		}
	}

	private static long draw(JFreeChart chart) {
		BufferedImage image = new BufferedImage(1200, 600, BufferedImage.TYPE_INT_RGB);
		Graphics2D graphics = image.createGraphics();
		chart.draw(graphics, new Rectangle2D.Double(0, 0, 1200, 600));
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
