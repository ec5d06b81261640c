package org.syncscope.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.Collection;
import java.util.Collections;
import java.util.List;
import java.util.Map;

import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.ImageData;
import org.eclipse.swt.graphics.ImageLoader;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Canvas;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.DateTime;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Menu;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TableItem;
import org.jfree.chart.plot.ValueMarker;
import org.jfree.chart.ui.Layer;
import org.jfree.data.Range;
import org.junit.jupiter.api.Test;
import org.syncscope.store.history.MetricHistory;
import org.syncscope.store.history.MetricSample;
import org.syncscope.store.history.Resolution;
import org.syncscope.testing.TestOutput;
import org.syncscope.testing.ui.Screenshots;
import org.syncscope.testing.ui.UiWait;
import org.syncscope.testing.ui.Widgets;
import org.syncscope.ui.dashboard.ChartData;
import org.syncscope.ui.dashboard.ChartExport;
import org.syncscope.ui.dashboard.CustomWindowDialog;
import org.syncscope.ui.dashboard.DashboardPart;
import org.syncscope.ui.dashboard.TimeRange;

/**
 * The embedded demo in the real workbench: File > Start Demo starts a KRaft broker and the simulator, and
 * within the bound the dashboard shows every link of the sample topology with live throughput and conflicts.
 */
class DemoDashboardTest {

	private static final Duration DEMO_TIMEOUT = Duration.ofSeconds(120);

	@Test
	void startDemoShowsLiveLinksOnTheDashboard() {
		Display display = Display.getCurrent();
		Shell window = Workbench.mainWindow(display, Duration.ofSeconds(30));

		Workbench.showDashboard(window);
		Menu file = Widgets.menuItem(window.getMenuBar(), "File").getMenu();
		Widgets.select(Widgets.menuItem(Widgets.menuItem(file, "Start Demo").getMenu(), "Simulated Replicas"));
		// parts of a stack are created when first shown; the Topology Overview may be the centre's selected tab
		Workbench.showDashboard(window);

		UiWait.until(display, "the dashboard's links table", Duration.ofSeconds(30),
				() -> !Widgets.descendants(window, Table.class, t -> t.getColumnCount() > 5).isEmpty());
		UiWait.until(display, "six links with throughput and some open conflicts on the dashboard", DEMO_TIMEOUT, () -> {
			Table links = DashboardTable.of(window);
			return links.getItemCount() == 6
					&& List.of(links.getItems()).stream()
							.allMatch(row -> number(DashboardTable.cell(links, row, "Events/s")) > 0)
					&& List.of(links.getItems()).stream()
							.mapToDouble(row -> number(DashboardTable.cell(links, row, "Open conflicts"))).sum() > 0;
		});
		Table links = DashboardTable.of(window);
		for (TableItem row : links.getItems()) {
			String link = DashboardTable.cell(links, row, "Link");
			assertTrue(link.contains(" to "), "a sample link: " + link);
		}
		Screenshots.ofShell(window, "demo-dashboard");

		DashboardPart dashboard = (DashboardPart) Workbench.part("org.syncscope.ui.part.dashboard").getObject();
		UiWait.until(display, "charts drawn from at least five stored samples of each of the six links", DEMO_TIMEOUT,
				() -> dashboard.shownData().map(data -> data.samplesByLink().size() == 6
						&& data.samplesByLink().values().stream().allMatch(samples -> samples.size() >= 5)).orElse(false));
		Button pause = Widgets.descendants(window, Button.class, b -> "Pause".equals(b.getText())).get(0);
		pause.setSelection(true);
		pause.notifyListeners(SWT.Selection, new Event());
		ChartData drawn = dashboard.shownData().orElseThrow();
		Screenshots.ofShell(window, "demo-dashboard-charts");

		MetricHistory history = Workbench.get().getApplication().getContext().get(MetricHistory.class);
		long from = drawn.range().fromMillis();
		for (Map.Entry<String, List<MetricSample>> link : drawn.samplesByLink().entrySet()) {
			String id = Workbench.linkId(link.getKey());
			// samples are stored in time order, so the chart's read saw every sample up to its newest one
			long newestDrawn = link.getValue().get(link.getValue().size() - 1).timeMillis();
			assertEquals(assertDoesNotThrowIo(() -> history.read(id, from, newestDrawn, Resolution.SECOND)),
					link.getValue(), "the chart of " + link.getKey() + " draws exactly the stored samples");
			assertEquals(link.getValue().size(),
					drawn.datasets().throughput().getSeries(link.getKey()).getItemCount());
		}
		assertEquals(List.of(30.0, 60.0, 300.0, 600.0), markers(dashboard),
				"the sample topology's thresholds (30/300 s by default, 60/600 s where set) as markers");

		Path exports = TestOutput.folder("exports");
		List<Path> files = assertDoesNotThrowIo(() -> dashboard.exportTo(exports));
		assertEquals(5, files.size(), "four charts and their data");
		for (Path png : files.subList(0, 4)) {
			ImageData image = new ImageLoader().load(png.toString())[0];
			assertEquals(1200, image.width, png + " is a 1200 px wide PNG");
		}
		List<String> csv = assertDoesNotThrowIo(() -> Files.readAllLines(files.get(4)));
		assertEquals(ChartExport.CSV_HEADER, csv.get(0));
		assertEquals(drawn.samplesByLink().values().stream().mapToInt(List::size).sum(), csv.size() - 1,
				"one CSV row per drawn sample");
		pause.setSelection(false);
		pause.notifyListeners(SWT.Selection, new Event());

		TimeRange custom = chooseCustomWindow(display, window, drawn, dashboard, history);
		zoomAndPanTheLagChart(display, window, dashboard, custom);

		Menu windowMenuAgain = Widgets.menuItem(window.getMenuBar(), "Window").getMenu();
		Widgets.select(Widgets.menuItem(windowMenuAgain, "Topology Overview"));
		UiWait.runEventLoop(display, Duration.ofSeconds(2));
		Screenshots.ofShell(window, "demo-overview-status");
	}

	/**
	 * Picks "Custom…" in the window selector and enters, in its dialog's date and time fields, the minute
	 * before the newest drawn sample: the charts then draw exactly that range of the stored history.
	 */
	private static TimeRange chooseCustomWindow(Display display, Shell window, ChartData drawn,
			DashboardPart dashboard, MetricHistory history) {
		long newest = drawn.samplesByLink().values().stream().mapToLong(s -> s.get(s.size() - 1).timeMillis()).max()
				.orElseThrow();
		LocalDateTime end = LocalDateTime.ofInstant(Instant.ofEpochMilli(newest), ZoneId.systemDefault())
				.truncatedTo(ChronoUnit.SECONDS);
		LocalDateTime start = end.minusMinutes(1);
		TimeRange custom = new TimeRange(start.atZone(ZoneId.systemDefault()).toInstant().toEpochMilli(),
				end.atZone(ZoneId.systemDefault()).toInstant().toEpochMilli());
		Combo selector = Widgets.descendants(window, Combo.class, c -> List.of(c.getItems()).contains("Custom…"))
				.get(0);
		display.asyncExec(() -> fillCustomWindowDialog(display, start, end));
		selector.select(selector.getItemCount() - 1);
		selector.notifyListeners(SWT.Selection, new Event()); // opens the dialog; returns when it is closed
		assertTrue(selector.getText().startsWith("Custom: "), selector.getText());

		UiWait.until(display, "the charts drawn over the custom range", DEMO_TIMEOUT,
				() -> dashboard.shownData().map(data -> data.range().equals(custom)).orElse(false)
						&& dashboard.drawnTimeRanges().equals(Collections.nCopies(4, custom.axisRange())));
		Screenshots.ofShell(window, "demo-dashboard-custom-window");
		ChartData shown = dashboard.shownData().orElseThrow();
		for (Map.Entry<String, List<MetricSample>> link : shown.samplesByLink().entrySet()) {
			List<MetricSample> stored = assertDoesNotThrowIo(() -> history.read(Workbench.linkId(link.getKey()),
					custom.fromMillis(), custom.toMillis(), Resolution.SECOND));
			assertFalse(stored.isEmpty(), "samples of " + link.getKey() + " in the custom minute");
			assertEquals(stored, link.getValue(), "the chart of " + link.getKey() + " draws the custom range");
		}
		return custom;
	}

	/**
	 * Drags on the lag chart: to the right zooms into a part of the custom range (all four charts follow, and
	 * the dashboard reads that span at its own resolution), Ctrl+drag pans by the same length, to the left shows
	 * the whole range again.
	 */
	private static void zoomAndPanTheLagChart(Display display, Shell window, DashboardPart dashboard,
			TimeRange custom) {
		Canvas lag = Widgets.descendants(window, Canvas.class, canvas -> List.of(canvas.getParent().getChildren())
				.stream().filter(Canvas.class::isInstance).count() == 4).get(0);
		Range whole = custom.axisRange();
		int width = lag.getSize().x;
		int y = lag.getSize().y / 2;
		drag(lag, width * 2 / 5, width / 2, y, SWT.NONE);
		UiWait.until(display, "the lag chart zoomed into its custom range", Duration.ofSeconds(10), () -> {
			Range zoomed = dashboard.drawnTimeRanges().get(0);
			return zoomed.getLowerBound() > whole.getLowerBound() && zoomed.getUpperBound() < whole.getUpperBound();
		});
		Range zoomed = dashboard.drawnTimeRanges().get(0);
		UiWait.until(display, "the other charts to follow the zoom", Duration.ofSeconds(10),
				() -> dashboard.drawnTimeRanges().equals(Collections.nCopies(4, zoomed)));
		UiWait.until(display, "the zoomed span read from the history", Duration.ofSeconds(10),
				() -> dashboard.shownData().map(data -> data.range().equals(
						new TimeRange((long) zoomed.getLowerBound(), (long) zoomed.getUpperBound()))).orElse(false));
		UiWait.runEventLoop(display, Duration.ofMillis(300)); // the frames of the re-read data, for the screenshot
		Screenshots.ofShell(window, "demo-dashboard-zoomed");

		drag(lag, width / 2, width * 2 / 5, y, SWT.MOD1);
		UiWait.until(display, "the zoomed lag chart panned to later times", Duration.ofSeconds(10),
				() -> dashboard.drawnTimeRanges().get(0).getLowerBound() > zoomed.getLowerBound());
		Range panned = dashboard.drawnTimeRanges().get(0);
		assertEquals(zoomed.getLength(), panned.getLength(), 1e-6, "panning keeps the zoomed length");

		drag(lag, width / 2, width * 2 / 5, y, SWT.NONE);
		UiWait.until(display, "the charts showing the whole custom range again", Duration.ofSeconds(10),
				() -> dashboard.drawnTimeRanges().equals(Collections.nCopies(4, whole))
						&& dashboard.shownData().map(data -> data.range().equals(custom)).orElse(false));
	}

	private static void drag(Canvas canvas, int fromX, int toX, int y, int stateMask) {
		for (int type : new int[] { SWT.MouseDown, SWT.MouseMove, SWT.MouseUp }) {
			Event event = new Event();
			event.button = type == SWT.MouseMove ? 0 : 1;
			event.x = type == SWT.MouseDown ? fromX : toX;
			event.y = y;
			event.stateMask = stateMask;
			canvas.notifyListeners(type, event);
		}
	}

	/** Sets the custom window dialog's fields and presses OK, once the dialog is open. */
	private static void fillCustomWindowDialog(Display display, LocalDateTime start, LocalDateTime end) {
		Shell dialog = Widgets.shellTitled(display, CustomWindowDialog.TITLE).orElse(null);
		if (dialog == null) {
			display.asyncExec(() -> fillCustomWindowDialog(display, start, end));
			return;
		}
		List<DateTime> fields = Widgets.descendants(dialog, DateTime.class, field -> true);
		for (int i = 0; i < 2; i++) {
			LocalDateTime value = i == 0 ? start : end;
			fields.get(2 * i).setDate(value.getYear(), value.getMonthValue() - 1, value.getDayOfMonth());
			fields.get(2 * i + 1).setTime(value.getHour(), value.getMinute(), value.getSecond());
		}
		Screenshots.ofShell(dialog, "custom-window-dialog");
		Widgets.descendants(dialog, Button.class, b -> Widgets.plain(b.getText()).equals("OK")).get(0)
				.notifyListeners(SWT.Selection, new Event());
	}

	private static List<Double> markers(DashboardPart dashboard) {
		Collection<?> markers = dashboard.charts().get(0).getXYPlot().getRangeMarkers(Layer.FOREGROUND);
		return markers.stream().map(marker -> ((ValueMarker) marker).getValue()).sorted().toList();
	}

	private interface IoCall<T> {
		T call() throws Exception;
	}

	private static <T> T assertDoesNotThrowIo(IoCall<T> call) {
		try {
			return call.call();
		} catch (Exception e) {
			throw new AssertionError(e);
		}
	}

	private static double number(String text) {
		try {
			return Double.parseDouble(text.replace(",", ""));
		} catch (NumberFormatException notANumber) {
			return 0;
		}
	}
}
