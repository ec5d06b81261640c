package org.syncscope.ui.conflicts;

import java.nio.file.Path;
import java.time.Clock;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;

import org.eclipse.core.runtime.ILog;
import org.eclipse.core.runtime.Platform;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.e4.core.contexts.IEclipseContext;
import org.eclipse.e4.core.services.events.IEventBroker;
import org.eclipse.e4.ui.di.UISynchronize;
import org.syncscope.kafka.monitor.MonitoringService;
import org.syncscope.resolution.ConsoleRuntime;
import org.syncscope.resolution.ConsoleSettings;
import org.syncscope.resolution.ResolutionService;
import org.syncscope.ui.status.StatusLine;

/**
 * Starts the conflict console's machinery with the workbench: in a background job it opens the workspace's
 * store (finishing any resolution a previous run committed but did not publish), records the conflicts
 * monitoring captures, and then puts the {@link ResolutionService} into the application context, where the
 * parts receive it. Also provides the dialog {@link ConflictPrompts}, which tests replace.
 */
public class ConflictsAddon {

	/** Preference node: {@code operator} (name in the audit log) and {@code readOnly} (viewer role). */
	public static final String PREFERENCES = "org.syncscope.ui.conflicts";

	private volatile ConsoleRuntime runtime;
	private Job startJob;

	@PostConstruct
	public void start(IEclipseContext context, MonitoringService monitoring, UISynchronize sync,
			IEventBroker events) {
		context.set(ConflictPrompts.class, new DialogConflictPrompts());
		ConsoleSettings settings = settings();
		startJob = Job.create("Opening the conflict store", monitor -> {
			try {
				ConsoleRuntime started = ConsoleRuntime.start(storeFolder(), monitoring, settings, Clock.systemUTC(),
						message -> events.post(StatusLine.TOPIC_MESSAGE, message));
				runtime = started;
				sync.asyncExec(() -> context.set(ResolutionService.class, started.service()));
				return Status.OK_STATUS;
			} catch (Exception e) {
				events.post(StatusLine.TOPIC_MESSAGE, "The conflict store could not be opened: " + e.getMessage());
				return Status.error("The conflict store could not be opened: " + e.getMessage(), e);
			}
		});
		startJob.setSystem(true);
		startJob.schedule();
	}

	private static ConsoleSettings settings() {
		ConsoleSettings system = ConsoleSettings.fromSystem();
		String operator = Platform.getPreferencesService().getString(PREFERENCES, "operator", "", null);
		boolean readOnly = system.readOnly()
				|| Platform.getPreferencesService().getBoolean(PREFERENCES, "readOnly", false, null);
		return new ConsoleSettings(operator.isBlank() ? system.operator() : operator, readOnly,
				system.resolverReplica());
	}

	private static Path storeFolder() {
		return Path.of(Platform.getInstanceLocation().getURL().getPath()).resolve("store");
	}

	@PreDestroy
	void stop() {
		try {
			startJob.join(30_000, null);
			ConsoleRuntime running = runtime;
			if (running != null) {
				running.close();
			}
		} catch (InterruptedException e) {
			Thread.currentThread().interrupt();
		} catch (Exception e) {
			ILog.of(ConflictsAddon.class).error("The conflict store did not close cleanly", e);
		}
	}
}
