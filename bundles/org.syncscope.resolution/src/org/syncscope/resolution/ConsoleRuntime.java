package org.syncscope.resolution;

import java.nio.file.Path;
import java.sql.SQLException;
import java.time.Clock;
import java.util.function.Consumer;

import org.syncscope.kafka.monitor.MonitoringService;
import org.syncscope.kafka.outbox.OutboxPublisher;
import org.syncscope.store.StoreException;
import org.syncscope.store.SyncScopeStore;

/**
 * The conflict console's headless machinery for one workspace, started together and stopped together: the
 * store, the recorder fed by monitoring, the outbox publisher (which first finishes what a previous run
 * committed but did not publish), the resolution service on top, and the automatic policies of the links
 * that have one ({@link AutomaticPolicies}), which resolve only once started, and the links' payload retention
 * ({@link PayloadRetention}), which purges only once started.
 */
public final class ConsoleRuntime implements AutoCloseable {

	private final SyncScopeStore store;
	private final MonitoringService monitoring;
	private final ConflictRecorder recorder;
	private final OutboxPublisher publisher;
	private final ResolutionService service;
	private final AutomaticPolicies automatic;
	private final PayloadRetention retention;
	private final boolean ownsStore;

	private ConsoleRuntime(SyncScopeStore store, boolean ownsStore, MonitoringService monitoring,
			ConsoleSettings settings, Clock clock, Consumer<String> errors, RowWriteBack rowWriteBack) {
		this.store = store;
		this.ownsStore = ownsStore;
		this.monitoring = monitoring;
		this.recorder = new ConflictRecorder(store, clock, errors);
		this.publisher = new OutboxPublisher(store, id -> monitoring.clusters().stream()
				.filter(cluster -> cluster.id().equals(id)).findFirst(), clock);
		LinkDirectory links = LinkDirectory.of(monitoring);
		this.service = new ResolutionService(store, links, settings, clock, publisher::drain, rowWriteBack);
		this.automatic = new AutomaticPolicies(new ResolutionService(store, links,
				new ConsoleSettings(AutomaticPolicies.OPERATOR, false, settings.resolverReplica()), clock,
				publisher::drain, rowWriteBack), () -> service.settings().readOnly(), errors);
		this.retention = new PayloadRetention(service, clock, errors);
	}

	/** Opens the store in {@code storeDirectory} and starts recording, publishing and serving; closes it too. */
	public static ConsoleRuntime start(Path storeDirectory, MonitoringService monitoring, ConsoleSettings settings,
			Clock clock, Consumer<String> errors) throws SQLException, StoreException {
		return start(new ConsoleRuntime(SyncScopeStore.open(storeDirectory), true, monitoring, settings, clock, errors,
				RowWriteBack.NONE));
	}

	/**
	 * Starts recording, publishing and serving on an open {@code store}, which its opener closes; resolutions of
	 * links of Debezium's events are written into their databases by {@code rowWriteBack}.
	 */
	public static ConsoleRuntime start(SyncScopeStore store, MonitoringService monitoring, ConsoleSettings settings,
			Clock clock, Consumer<String> errors, RowWriteBack rowWriteBack) {
		return start(new ConsoleRuntime(store, false, monitoring, settings, clock, errors, rowWriteBack));
	}

	private static ConsoleRuntime start(ConsoleRuntime runtime) {
		runtime.monitoring.addCaptureListener(runtime.recorder);
		runtime.publisher.start();
		return runtime;
	}

	/** The resolution service. */
	public ResolutionService service() {
		return service;
	}

	/** The automatic policies: idle until {@link AutomaticPolicies#start started}. */
	public AutomaticPolicies automatic() {
		return automatic;
	}

	/** The links' payload retention: idle until {@link PayloadRetention#start started}. */
	public PayloadRetention retention() {
		return retention;
	}

	/** The recorder (tests wait on {@link ConflictRecorder#flush()}). */
	public ConflictRecorder recorder() {
		return recorder;
	}

	/** The outbox publisher. */
	public OutboxPublisher publisher() {
		return publisher;
	}

	/** The store. */
	public SyncScopeStore store() {
		return store;
	}

	/** Stops recording and publishing, and closes the store if this runtime opened it. */
	@Override
	public void close() throws SQLException {
		monitoring.removeCaptureListener(recorder);
		automatic.close();
		retention.close();
		recorder.close();
		publisher.close();
		if (ownsStore) {
			store.close();
		}
	}
}
