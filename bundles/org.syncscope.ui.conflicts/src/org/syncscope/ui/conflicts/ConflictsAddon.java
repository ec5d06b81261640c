package org.syncscope.ui.conflicts;

import java.time.Clock;
import java.time.Duration;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import jakarta.inject.Inject;

import org.eclipse.core.runtime.ILog;
import org.eclipse.core.runtime.preferences.IEclipsePreferences.IPreferenceChangeListener;
import org.eclipse.core.runtime.preferences.IEclipsePreferences.PreferenceChangeEvent;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.e4.core.contexts.IEclipseContext;
import org.eclipse.e4.core.di.annotations.Optional;
import org.eclipse.e4.core.services.events.IEventBroker;
import org.eclipse.e4.ui.di.UISynchronize;
import org.syncscope.connect.monitor.ConnectMonitor;
import org.syncscope.kafka.monitor.MonitoringService;
import org.syncscope.resolution.ConsoleRuntime;
import org.syncscope.resolution.DatabaseRowWriteBack;
import org.syncscope.resolution.ResolutionService;
import org.syncscope.store.SyncScopeStore;
import org.syncscope.ui.status.StatusLine;

/**
 * Starts the conflict console's machinery once the workspace's store is open (the store add-on puts it into
 * the application context): in a background job it starts recording the conflicts monitoring captures and
 * the outbox publisher (which first finishes any resolution a previous run committed but did not publish),
 * then puts the {@link ResolutionService} into the application context, where the parts receive it, and
 * lets the links' automatic policies resolve what they decide. Also provides the dialog
 * {@link ConflictPrompts}, which tests replace.
 */
public class ConflictsAddon {

	/** How often the links' payload retention purges what it no longer keeps. */
	private static final Duration RETENTION_EVERY = Duration.ofHours(1);

	/** How often the links' automatic policies look at the pending conflicts. */
	private static final Duration AUTOMATIC_EVERY = Duration.ofSeconds(1);

	@Inject
	private IEclipseContext context;
	@Inject
	private MonitoringService monitoring;
	@Inject
	private ConnectMonitor connectMonitor;
	@Inject
	private UISynchronize sync;
	@Inject
	private IEventBroker events;
	private volatile ConsoleRuntime runtime;
	private Job startJob;

	private final IPreferenceChangeListener preferences = this::preferencesChanged;

	@PostConstruct
	public void start() {
		context.set(ConflictPrompts.class, new DialogConflictPrompts());
		ConsolePreferences.node().addPreferenceChangeListener(preferences);
	}

	/** Called when the store add-on has opened the store (and at creation, with null until then). */
	@Inject
	@Optional
	synchronized void storeOpened(SyncScopeStore store) {
		if (store == null || startJob != null) {
			return;
		}
		startJob = Job.create("Starting the conflict console", monitor -> {
			ConsoleRuntime started = ConsoleRuntime.start(store, monitoring, ConsolePreferences.settings(),
					Clock.systemUTC(), message -> events.post(StatusLine.TOPIC_MESSAGE, message),
					new DatabaseRowWriteBack(connectMonitor::sourceDatabase));
			started.automatic().start(AUTOMATIC_EVERY);
			started.retention().start(RETENTION_EVERY);
			runtime = started;
			sync.asyncExec(() -> context.set(ResolutionService.class, started.service()));
			return Status.OK_STATUS;
		});
		startJob.setSystem(true);
		startJob.schedule();
	}

	/** The operator changed the console's preferences: the running console uses them from now on. */
	private void preferencesChanged(PreferenceChangeEvent event) {
		ConsoleRuntime running = runtime;
		if (running != null) {
			running.service().changeOperator(ConsolePreferences.operatorName(), ConsolePreferences.readOnly());
			events.post(ConsolePreferences.TOPIC_CHANGED, running.service().settings());
		}
	}

	@PreDestroy
	void stop() {
		ConsolePreferences.node().removePreferenceChangeListener(preferences);
		try {
			if (startJob != null) {
				startJob.join(30_000, null);
			}
			ConsoleRuntime running = runtime;
			if (running != null) {
				running.close();
			}
		} catch (InterruptedException e) {
			Thread.currentThread().interrupt();
		} catch (Exception e) {
			ILog.of(ConflictsAddon.class).error("The conflict console did not stop cleanly", e);
		}
	}
}
