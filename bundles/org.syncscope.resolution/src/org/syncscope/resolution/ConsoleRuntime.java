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
 * committed but did not publish) and the resolution service on top.
 */
public final class ConsoleRuntime implements AutoCloseable {

	private final SyncScopeStore store;
	private final MonitoringService monitoring;
	private final ConflictRecorder recorder;
	private final OutboxPublisher publisher;
	private final ResolutionService service;

	private ConsoleRuntime(SyncScopeStore store, MonitoringService monitoring, ConsoleSettings settings, Clock clock,
			Consumer<String> errors) {
		this.store = store;
		this.monitoring = monitoring;
		this.recorder = new ConflictRecorder(store, clock, errors);
		this.publisher = new OutboxPublisher(store, id -> monitoring.clusters().stream()
				.filter(cluster -> cluster.id().equals(id)).findFirst(), clock);
		this.service = new ResolutionService(store, LinkDirectory.of(monitoring), settings, clock, publisher::drain);
	}

	/** Opens the store in {@code storeDirectory} and starts recording, publishing and serving. */
	public static ConsoleRuntime start(Path storeDirectory, MonitoringService monitoring, ConsoleSettings settings,
			Clock clock, Consumer<String> errors) throws SQLException, StoreException {
		SyncScopeStore store = SyncScopeStore.open(storeDirectory);
		ConsoleRuntime runtime = new ConsoleRuntime(store, monitoring, settings, clock, errors);
		monitoring.addCaptureListener(runtime.recorder);
		runtime.publisher.start();
		return runtime;
	}

	/** The resolution service. */
	public ResolutionService service() {
		return service;
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

	/** Stops recording and publishing and closes the store. */
	@Override
	public void close() throws SQLException {
		monitoring.removeCaptureListener(recorder);
		recorder.close();
		publisher.close();
		store.close();
	}
}
