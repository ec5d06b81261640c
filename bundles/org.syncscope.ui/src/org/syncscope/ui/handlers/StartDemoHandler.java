package org.syncscope.ui.handlers;

import org.eclipse.e4.core.di.annotations.CanExecute;
import org.eclipse.e4.core.di.annotations.Execute;
import org.syncscope.ui.demo.DemoController;

/** File > Start Demo: the embedded broker, simulated replicas and monitoring, for a first look or a training. */
public class StartDemoHandler {

	@CanExecute
	public boolean canExecute(DemoController demo) {
		return !demo.isStarted();
	}

	@Execute
	public void execute(DemoController demo) {
		demo.start();
	}
}
