package org.syncscope.ui.handlers;

import jakarta.inject.Named;

import org.eclipse.e4.core.di.annotations.CanExecute;
import org.eclipse.e4.core.di.annotations.Execute;
import org.eclipse.e4.core.di.annotations.Optional;
import org.syncscope.ui.demo.DemoController;
import org.syncscope.ui.demo.DemoKind;

/**
 * File > Start Demo > Simulated Replicas (the embedded broker, simulated replicas and monitoring) or CDC
 * Pipeline (PostgreSQL, Kafka Connect, Debezium and monitoring), for a first look or a training.
 */
public class StartDemoHandler {

	/** The command parameter naming the demo: {@code simulated} or {@code cdc}. */
	public static final String KIND_PARAMETER = "org.syncscope.ui.command.startDemo.kind";

	@CanExecute
	public boolean canExecute(DemoController demo) {
		return !demo.isStarted();
	}

	@Execute
	public void execute(DemoController demo, @Optional @Named(KIND_PARAMETER) String kind) {
		demo.start(DemoKind.named(kind));
	}
}
