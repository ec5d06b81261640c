package org.syncscope.ui.dashboard;

import java.awt.geom.Rectangle2D;

import org.eclipse.swt.graphics.ImageData;
import org.jfree.data.Range;

/**
 * One frame of a chart drawn off the UI thread: its pixels, ready for SWT, and the plot's data area with the
 * axis ranges it was drawn with, so that a mouse position on the frame maps to a time and a value without
 * touching the chart (which a render job may be changing meanwhile).
 */
public record RenderedChart(ImageData image, Rectangle2D dataArea, Range time, Range values) {

	/** Whether the pixel at {@code x}, {@code y} lies over the plot's data area. */
	public boolean inDataArea(int x, int y) {
		return dataArea.contains(x, y);
	}

	/** The time (epoch milliseconds) at pixel column {@code x}, clamped to the drawn time range. */
	public double timeAt(int x) {
		double fraction = (x - dataArea.getMinX()) / dataArea.getWidth();
		return time.getLowerBound() + Math.clamp(fraction, 0.0, 1.0) * time.getLength();
	}

	/** The value at pixel row {@code y} on the range axis. */
	public double valueAt(int y) {
		double fraction = (dataArea.getMaxY() - y) / dataArea.getHeight();
		return values.getLowerBound() + fraction * values.getLength();
	}
}
