package org.syncscope.ui.dashboard;

import java.awt.Graphics2D;
import java.awt.geom.Rectangle2D;
import java.awt.image.BufferedImage;
import java.awt.image.DataBufferInt;
import java.nio.ByteBuffer;

import org.eclipse.swt.graphics.ImageData;
import org.eclipse.swt.graphics.PaletteData;
import org.jfree.chart.ChartRenderingInfo;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.plot.XYPlot;

/**
 * Draws a chart with Java2D into an image and turns it into SWT image data, in a background job, so that
 * the UI thread only has to blit it. The image is reused between frames of the same size. The rendering info keeps the data area (for mapping the mouse) but collects no entities: thousands
 * of per-point entities would cost more than the drawing.
 */
public final class ChartRenderer {

	/** 32-bit pixels laid out as the big-endian ints of a {@code TYPE_INT_RGB} image. */
	private static final PaletteData RGB = new PaletteData(0xFF0000, 0xFF00, 0xFF);

	private BufferedImage canvas;

	/** Draws {@code chart} at {@code width} x {@code height} pixels; the caller holds the chart's lock. */
	public RenderedChart render(JFreeChart chart, int width, int height) {
		if (canvas == null || canvas.getWidth() != width || canvas.getHeight() != height) {
			canvas = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
		}
		ChartRenderingInfo info = new ChartRenderingInfo(null);
		Graphics2D graphics = canvas.createGraphics();
		try {
			chart.draw(graphics, new Rectangle2D.Double(0, 0, width, height), info);
		} finally {
			graphics.dispose();
		}
		XYPlot plot = chart.getXYPlot();
		return new RenderedChart(imageData(canvas), info.getPlotInfo().getDataArea().getBounds2D(),
				plot.getDomainAxis().getRange(), plot.getRangeAxis().getRange());
	}

	private static ImageData imageData(BufferedImage image) {
		int[] pixels = ((DataBufferInt) image.getRaster().getDataBuffer()).getData();
		ByteBuffer bytes = ByteBuffer.allocate(pixels.length * 4);
		bytes.asIntBuffer().put(pixels);
		return new ImageData(image.getWidth(), image.getHeight(), 32, RGB, 4, bytes.array());
	}
}
