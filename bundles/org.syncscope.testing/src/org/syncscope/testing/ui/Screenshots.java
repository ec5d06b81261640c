package org.syncscope.testing.ui;

import java.nio.file.Path;
import java.time.Duration;

import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.GC;
import org.eclipse.swt.graphics.Image;
import org.eclipse.swt.graphics.ImageData;
import org.eclipse.swt.graphics.ImageLoader;
import org.eclipse.swt.graphics.Rectangle;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Shell;
import org.syncscope.testing.TestOutput;

/**
 * Saves PNG screenshots under {@code target/screenshots} so that a developer can look at what a UI test
 * saw. Uses SWT only (no external tool): the screen area is copied into an image and written with
 * {@link ImageLoader}. Call on the UI thread.
 */
public final class Screenshots {

	private static final Duration PAINT_SETTLE = Duration.ofMillis(300);

	private Screenshots() {
	}

	/** The whole screen, saved as {@code name.png}; returns the file. */
	public static Path ofScreen(Display display, String name) {
		return save(display, display.getBounds(), name);
	}

	/** The area of one shell (with its trim), saved as {@code name.png}; returns the file. */
	public static Path ofShell(Shell shell, String name) {
		return save(shell.getDisplay(), shell.getBounds(), name);
	}

	private static Path save(Display display, Rectangle area, String name) {
		// GTK 3 paints on its frame clock: let a few frames pass so the image shows the current state
		UiWait.runEventLoop(display, PAINT_SETTLE);
		display.update();
		Path file = TestOutput.folder("screenshots").resolve(name + ".png");
		GC gc = new GC(display);
		Image image = new Image(display, area.width, area.height);
		try {
			gc.copyArea(image, area.x, area.y);
			ImageLoader loader = new ImageLoader();
			loader.data = new ImageData[] { image.getImageData() };
			loader.save(file.toString(), SWT.IMAGE_PNG);
		} finally {
			image.dispose();
			gc.dispose();
		}
		return file;
	}
}
