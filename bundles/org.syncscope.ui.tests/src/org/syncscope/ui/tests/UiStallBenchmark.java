package org.syncscope.ui.tests;

import java.io.IOException;
import java.nio.file.Files;
import java.time.Duration;
import java.util.Arrays;
import java.util.Locale;

import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Menu;
import org.eclipse.swt.widgets.MenuItem;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Tree;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.syncscope.testing.TestOutput;
import org.syncscope.testing.bench.Benchmark;
import org.syncscope.testing.bench.BenchmarkReport;
import org.syncscope.testing.ui.UiStallProbe;
import org.syncscope.testing.ui.UiWait;
import org.syncscope.testing.ui.Widgets;
import org.syncscope.ui.dashboard.DashboardPart;

/**
 * The longest UI-thread stall while the dashboard runs on the live demo for 60 s, from the moment the demo
 * has started (topology open, charts drawing): a probe asks the UI thread to run every 10 ms and records how
 * late each run is; the UI thread's stack is sampled during every stall over 30 ms. Goal: no stall over 50 ms.
 */
@Tag(Benchmark.TAG)
class UiStallBenchmark {

	private static final int PROBE_MILLIS = 10;
	private static final int STALL_MILLIS = 30;

	@Test
	void longestStallWhileTheDashboardRunsOnTheDemo() throws IOException {
		Display display = Display.getCurrent();
		Shell window = Workbench.mainWindow(display, Duration.ofSeconds(30));
		Workbench.showDashboard(window);
		Menu file = Widgets.menuItem(window.getMenuBar(), "File").getMenu();
		MenuItem simulated = Widgets.menuItem(Widgets.menuItem(file, "Start Demo").getMenu(), "Simulated Replicas");
		if (simulated.isEnabled()) {
			Widgets.select(simulated);
		}
		DashboardPart dashboard = (DashboardPart) Workbench.part("org.syncscope.ui.part.dashboard").getObject();
		// the demo has started once its topology is open (loading it is a one-off on the UI thread), all six links
		// are monitored (the links table gets its rows) and all four charts have drawn them
		UiWait.until(display, "the demo's topology open and four live charts of its six links", Duration.ofSeconds(120),
				() -> !Widgets.descendants(window, Tree.class,
						tree -> tree.getItemCount() > 0 && tree.getItem(0).getText().startsWith("Topology")).isEmpty()
						&& dashboard.shownData().map(data -> data.samplesByLink().size() == 6).orElse(false)
						&& dashboard.drawnTimeRanges().size() == 4);

		UiStallProbe probe = new UiStallProbe(display, PROBE_MILLIS, STALL_MILLIS);
		probe.start();
		UiWait.runEventLoop(display, Duration.ofSeconds(60));
		UiStallProbe.Result result = probe.stop();

		double[] values = result.sortedLatenessMillis();
		BenchmarkReport.note("UI stall probe: " + values.length + " probes over 60 s of the live demo; p99 "
				+ String.format(Locale.ROOT, "%.1f ms", result.percentile(0.99)) + "; " + result.stalls().size()
				+ " stalls over " + STALL_MILLIS + " ms, with the UI thread's stacks in benchmarks/ui-stalls.txt");
		BenchmarkReport.record(new Benchmark.Result("UI-thread lateness while the dashboard runs (max = longest stall)",
				"ms", Arrays.stream(values).average().orElse(0), 0, values[0], values[values.length - 1],
				values.length));
		StringBuilder report = new StringBuilder();
		for (UiStallProbe.Stall stall : result.stalls()) {
			report.append(String.format(Locale.ROOT, "stall of %.1f ms at %.1f s%n", stall.millis(), stall.atSeconds()));
			stall.stacks().forEach((stack, samples) -> report.append("  ").append(samples).append(" samples:\n    at ")
					.append(stack).append('\n'));
		}
		Files.writeString(TestOutput.folder("benchmarks").resolve("ui-stalls.txt"), report);
	}
}
