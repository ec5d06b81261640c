package org.syncscope.kafka.history;

import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;

import org.syncscope.kafka.monitor.MonitoringService;
import org.syncscope.kafka.monitor.QuarantinedRecord;
import org.syncscope.store.quarantine.QuarantineEntry;
import org.syncscope.store.quarantine.QuarantineStore;

/**
 * Persists what the change-log readers quarantine: the readers only queue each record, and the recorder's
 * own thread writes what has queued every {@value #FLUSH_MILLIS} ms in one transaction, so a burst of bad
 * records neither slows the readers nor costs a transaction each. Closing writes what is still queued.
 */
public final class QuarantineRecorder implements AutoCloseable {

	private static final long FLUSH_MILLIS = 500;

	private final MonitoringService monitoring;
	private final QuarantineStore store;
	private final Consumer<Exception> errors;
	private final Queue<QuarantinedRecord> queued = new ConcurrentLinkedQueue<>();
	private final Consumer<QuarantinedRecord> listener = queued::add;
	private final ScheduledExecutorService writer = Executors.newSingleThreadScheduledExecutor(
			Thread.ofPlatform().daemon().name("syncscope-quarantine").factory());

	public QuarantineRecorder(MonitoringService monitoring, QuarantineStore store, Consumer<Exception> errors) {
		this.monitoring = monitoring;
		this.store = store;
		this.errors = errors;
	}

	/** Starts persisting what the monitoring service quarantines. */
	public void start() {
		monitoring.addQuarantineListener(listener);
		writer.scheduleWithFixedDelay(this::flush, FLUSH_MILLIS, FLUSH_MILLIS, TimeUnit.MILLISECONDS);
	}

	private void flush() {
		List<QuarantineEntry> batch = new ArrayList<>();
		for (QuarantinedRecord record = queued.poll(); record != null; record = queued.poll()) {
			batch.add(new QuarantineEntry(0, record.topic(), record.partition(), record.offset(), record.key(),
					record.value(), record.reason(), record.quarantinedAt()));
		}
		try {
			store.append(batch);
		} catch (SQLException | RuntimeException e) {
			errors.accept(e);
		}
	}

	/** Stops listening and writes what is still queued. */
	@Override
	public void close() {
		monitoring.removeQuarantineListener(listener);
		writer.execute(this::flush);
		writer.shutdown();
		try {
			writer.awaitTermination(10, TimeUnit.SECONDS);
		} catch (InterruptedException e) {
			Thread.currentThread().interrupt();
		}
	}
}
