package org.syncscope.ui.dashboard;

import java.text.SimpleDateFormat;
import java.util.Date;
import java.util.Locale;
import java.util.Optional;
import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.function.Consumer;

import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.GC;
import org.eclipse.swt.graphics.Image;
import org.eclipse.swt.graphics.Point;
import org.eclipse.swt.widgets.Canvas;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Event;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.DateAxis;
import org.jfree.data.Range;

/**
 * A JFreeChart in SWT drawn off the UI thread: changes to the chart and every frame happen in one background
 * job per chart (so the chart is only ever touched by one thread at a time, under its lock), and the UI
 * thread only blits the prepared image and disposes the one before. Drag to the right to zoom into a time
 * span, to the left or double-click to follow the window again, Ctrl+drag to pan; hovering shows the time
 * and value under the mouse. Mouse positions map through the frame on screen (see {@link RenderedChart}).
 */
final class ChartCanvas {

	private static final int MIN_DRAG_PIXELS = 4;

	private final JFreeChart chart;
	private final Canvas canvas;
	private final Display display;
	private final ChartRenderer renderer = new ChartRenderer();
	private final Queue<Consumer<JFreeChart>> changes = new ConcurrentLinkedQueue<>();
	private final Consumer<Range> zoomed;
	private final Job job;
	private final String unit;
	private volatile Range window;
	private volatile Range zoom;
	private volatile Point size = new Point(0, 0);
	private RenderedChart frame;
	private Image image;
	private Drag drag;

	/** A mouse drag in progress: where it started, where it is, and the time range shown when it began. */
	private record Drag(int fromX, int toX, boolean pan, Range startRange) {
	}

	/** A canvas drawing {@code chart}; tells {@code zoomed} of the operator's zooms and pans (null: reset). */
	ChartCanvas(Composite parent, JFreeChart chart, Consumer<Range> zoomed) {
		this.chart = chart;
		this.zoomed = zoomed;
		this.unit = chart.getXYPlot().getRangeAxis().getLabel();
		canvas = new Canvas(parent, SWT.NO_BACKGROUND | SWT.DOUBLE_BUFFERED);
		display = canvas.getDisplay();
		job = Job.create("Drawing chart " + chart.getTitle().getText(), monitor -> {
			RenderedChart drawn = render();
			if (drawn != null && !display.isDisposed()) {
				display.asyncExec(() -> show(drawn));
			}
			return Status.OK_STATUS;
		});
		job.setSystem(true);
		canvas.addListener(SWT.Paint, this::paint);
		canvas.addListener(SWT.Resize, event -> {
			size = canvas.getSize();
			job.schedule();
		});
		canvas.addListener(SWT.MouseDown, this::mouseDown);
		canvas.addListener(SWT.MouseMove, this::mouseMove);
		canvas.addListener(SWT.MouseUp, this::mouseUp);
		canvas.addListener(SWT.MouseDoubleClick, event -> zoomTo(null));
		canvas.addListener(SWT.Dispose, event -> {
			job.cancel();
			if (image != null) {
				image.dispose();
			}
		});
	}

	Canvas control() {
		return canvas;
	}

	/** Applies {@code change} to the chart in the render job and draws a new frame (any thread). */
	void change(Consumer<JFreeChart> change) {
		changes.add(change);
		job.schedule();
	}

	/** Shows {@code range} of time unless the operator zoomed or panned (any thread). */
	void showWindow(Range range) {
		window = range;
		job.schedule();
	}

	/** The time range of the frame on screen, once one is (UI thread). */
	Optional<Range> drawnTimeRange() {
		return Optional.ofNullable(frame).map(RenderedChart::time);
	}

	/** The width of the plot's data area in pixels, or of the whole chart before the first frame (UI thread). */
	int plotWidth() {
		return frame == null ? canvas.getSize().x : (int) frame.dataArea().getWidth();
	}

	private RenderedChart render() {
		Point pixels = size;
		synchronized (chart) {
			for (Consumer<JFreeChart> change = changes.poll(); change != null; change = changes.poll()) {
				change.accept(chart);
			}
			Range range = zoom != null ? zoom : window;
			DateAxis time = (DateAxis) chart.getXYPlot().getDomainAxis();
			if (range != null && range.getLength() > 0) {
				time.setRange(range);
				time.setDateFormatOverride(new SimpleDateFormat(
						range.getLength() >= 24 * 3_600_000.0 ? "dd MMM HH:mm" : "HH:mm:ss", Locale.getDefault()));
			}
			return pixels.x > 0 && pixels.y > 0 ? renderer.render(chart, pixels.x, pixels.y) : null;
		}
	}

	private void show(RenderedChart drawn) {
		if (canvas.isDisposed()) {
			return;
		}
		Image previous = image;
		image = new Image(display, drawn.image());
		frame = drawn;
		if (previous != null) {
			previous.dispose();
		}
		canvas.redraw();
	}

	private void paint(Event event) {
		GC gc = event.gc;
		gc.setBackground(display.getSystemColor(SWT.COLOR_WHITE));
		gc.fillRectangle(canvas.getClientArea());
		if (image == null) {
			return;
		}
		gc.drawImage(image, 0, 0);
		if (drag != null && !drag.pan()) {
			int from = Math.min(drag.fromX(), drag.toX());
			gc.setAlpha(60);
			gc.setBackground(display.getSystemColor(SWT.COLOR_BLUE));
			gc.fillRectangle(from, (int) frame.dataArea().getMinY(), Math.abs(drag.toX() - drag.fromX()),
					(int) frame.dataArea().getHeight());
		}
	}

	private void mouseDown(Event event) {
		if (event.button != 1 || frame == null || !frame.inDataArea(event.x, event.y)) {
			return;
		}
		drag = new Drag(event.x, event.x, (event.stateMask & SWT.MOD1) != 0, frame.time());
	}

	private void mouseMove(Event event) {
		if (frame == null) {
			return;
		}
		if (drag == null) {
			canvas.setToolTipText(frame.inDataArea(event.x, event.y) ? String.format(Locale.ROOT, "%s  %.1f %s",
					new SimpleDateFormat("dd MMM HH:mm:ss").format(new Date((long) frame.timeAt(event.x))),
					frame.valueAt(event.y), unit) : null);
			return;
		}
		drag = new Drag(drag.fromX(), event.x, drag.pan(), drag.startRange());
		if (drag.pan()) {
			double millisPerPixel = drag.startRange().getLength() / frame.dataArea().getWidth();
			zoomTo(Range.shift(drag.startRange(), (drag.fromX() - event.x) * millisPerPixel));
		} else {
			canvas.redraw();
		}
	}

	private void mouseUp(Event event) {
		Drag done = drag;
		drag = null;
		if (done == null || done.pan()) {
			return;
		}
		if (event.x - done.fromX() >= MIN_DRAG_PIXELS) {
			zoomTo(new Range(frame.timeAt(done.fromX()), frame.timeAt(event.x)));
		} else if (done.fromX() - event.x >= MIN_DRAG_PIXELS) {
			zoomTo(null);
		}
		canvas.redraw();
	}

	/** The operator zoomed or panned to {@code range}, or reset when null. */
	private void zoomTo(Range range) {
		follow(range);
		zoomed.accept(range);
	}

	/** The span zoomed or panned to, null while the window is followed (any thread). */
	Range zoom() {
		return zoom;
	}

	/** Shows {@code range} of time until the next zoom, or follows the window again when null (any thread). */
	void follow(Range range) {
		zoom = range;
		job.schedule();
	}
}
