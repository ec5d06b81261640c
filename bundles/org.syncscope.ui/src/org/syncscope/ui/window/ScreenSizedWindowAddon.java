package org.syncscope.ui.window;

import jakarta.annotation.PostConstruct;

import org.eclipse.e4.ui.model.application.MApplication;
import org.eclipse.e4.ui.model.application.ui.basic.MWindow;
import org.eclipse.swt.graphics.Rectangle;
import org.eclipse.swt.widgets.Display;

/**
 * On the first start (and after a layout reset), sizes the main window to the screen's work area, so that the
 * dashboard's table, its charts and the lower parts all have room; a window the operator has sized since is
 * kept as it was saved.
 */
public class ScreenSizedWindowAddon {

	/** The main window's persisted-state key that says it was sized once. */
	static final String SIZED = "org.syncscope.ui.window.sizedToScreen";

	@PostConstruct
	void sizeOnFirstStart(MApplication application) {
		Display display = Display.getCurrent();
		if (display == null) {
			return;
		}
		for (MWindow window : application.getChildren()) {
			if (!window.getPersistedState().containsKey(SIZED)) {
				Rectangle area = display.getPrimaryMonitor().getClientArea();
				window.setX(area.x);
				window.setY(area.y);
				window.setWidth(area.width);
				window.setHeight(area.height);
				window.getPersistedState().put(SIZED, Boolean.TRUE.toString());
			}
		}
	}
}
