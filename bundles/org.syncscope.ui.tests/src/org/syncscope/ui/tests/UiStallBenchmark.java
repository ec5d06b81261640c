package org.syncscope.ui.tests;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Menu;
import org.eclipse.swt.widgets.Shell;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.syncscope.testing.bench.Benchmark;
import org.syncscope.testing.bench.BenchmarkReport;
import org.syncscope.testing.ui.UiWait;
import org.syncscope.ui.dashboard.DashboardPart;

/**
 * The longest UI-thread stall while the dashboard runs on the live demo for 60 s: a probe asks the UI
 * thread to run every 10 ms and records how late each run is. Goal: no stall over 50 ms.
 */
@Tag(Benchmark.TAG)
class UiStallBenchmark {

	private static final int PROBE_MILLIS = 10;

	@Test
	void longestStallWhileTheDashboardRunsOnTheDemo() {
		Display display = Display.getCurrent();
		UiWait.until(display, "the SyncScope window", Duration.ofSeconds(30),
				() -> Widgets.shellTitled(display, "SyncScope").isPresent());
		Shell window = Widgets.shellTitled(display, "SyncScope").orElseThrow();
		Menu windowMenu = Widgets.menuItem(window.getMenuBar(), "Window").getMenu();
		Widgets.select(Widgets.menuItem(windowMenu, "Dashboard"));
		Menu file = Widgets.menuItem(window.getMenuBar(), "File").getMenu();
		if (Widgets.menuItem(file, "Start Demo").isEnabled()) {
			Widgets.select(Widgets.menuItem(file, "Start Demo"));
		}
		DashboardPart dashboard = (DashboardPart) Workbench.part("org.syncscope.ui.part.dashboard").getObject();
		UiWait.until(display, "live charts", Duration.ofSeconds(120), () -> dashboard.shownData().isPresent());

		List<Double> lateness = new ArrayList<>();
		long[] expected = { System.nanoTime() + PROBE_MILLIS * 1_000_000L };
		Runnable probe = new Runnable() {
			@Override
			public void run() {
				long now = System.nanoTime();
				lateness.add(Math.max(0, now - expected[0]) / 1e6);
				expected[0] = now + PROBE_MILLIS * 1_000_000L;
				display.timerExec(PROBE_MILLIS, this);
			}
		};
		display.timerExec(PROBE_MILLIS, probe);
		UiWait.runEventLoop(display, Duration.ofSeconds(60));
		display.timerExec(-1, probe);

		double[] values = lateness.stream().mapToDouble(Double::doubleValue).sorted().toArray();
		BenchmarkReport.note("UI stall probe: " + values.length + " probes over 60 s of the live demo; p99 "
				+ String.format(java.util.Locale.ROOT, "%.1f ms", values[(int) (values.length * 0.99)]));
		BenchmarkReport.record(new Benchmark.Result("UI-thread lateness while the dashboard runs (max = longest stall)",
				"ms", java.util.Arrays.stream(values).average().orElse(0), 0, values[0], values[values.length - 1],
				values.length));
	}
}
