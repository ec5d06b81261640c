package org.syncscope.kafka.history;

import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.OptionalLong;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;

import org.syncscope.kafka.monitor.LinkSnapshot;
import org.syncscope.kafka.monitor.MonitoringService;
import org.syncscope.kafka.monitor.MonitoringSnapshot;
import org.syncscope.store.history.MetricHistory;
import org.syncscope.store.history.MetricSample;

/**
 * Keeps the monitoring history: every snapshot the monitoring service publishes becomes one per-second
 * sample per link in the store, with the link's slot lag where something reads one, written on the
 * recorder's own thread (never the UI's or the poller's), and once a minute completed minutes are rolled up
 * and old samples pruned.
 */
public final class HistoryRecorder implements AutoCloseable {

	/**
	 * How far a link's source is behind its database, in bytes, where something reads it (for a Debezium link
	 * the Connect monitor, from the source connector's replication slot); empty otherwise.
	 */
	@FunctionalInterface
	public interface SlotLags {

		/** No link has a slot lag. */
		SlotLags NONE = linkId -> OptionalLong.empty();

		OptionalLong slotLagBytes(String linkId);
	}

	private static final long ROLLUP_EVERY_MILLIS = 60_000;

	private final MonitoringService monitoring;
	private final MetricHistory history;
	private final SlotLags slotLags;
	private final Consumer<Exception> errors;
	private final ScheduledExecutorService writer = Executors.newSingleThreadScheduledExecutor(
			Thread.ofPlatform().daemon().name("syncscope-history").factory());
	private final Consumer<MonitoringSnapshot> listener = this::record;

	/** A recorder of {@code monitoring}'s snapshots, with the links' slot lags as {@code slotLags} reads them. */
	public HistoryRecorder(MonitoringService monitoring, SlotLags slotLags, MetricHistory history,
			Consumer<Exception> errors) {
		this.monitoring = monitoring;
		this.slotLags = slotLags;
		this.history = history;
		this.errors = errors;
	}

	/** Starts recording what the monitoring service publishes. */
	public void start() {
		monitoring.addSnapshotListener(listener);
		writer.scheduleWithFixedDelay(this::rollUp, ROLLUP_EVERY_MILLIS, ROLLUP_EVERY_MILLIS, TimeUnit.MILLISECONDS);
	}

	private void record(MonitoringSnapshot snapshot) {
		List<MetricSample> samples = new ArrayList<>();
		for (LinkSnapshot link : snapshot.links()) {
			samples.add(sampleOf(link, snapshot.takenAt().toEpochMilli(), slotLags));
		}
		if (!samples.isEmpty()) {
			writer.execute(() -> {
				try {
					history.append(samples);
				} catch (SQLException e) {
					errors.accept(e);
				}
			});
		}
	}

	/** The per-second sample of one link's snapshot, with its slot lag as {@code slotLags} has it now. */
	public static MetricSample sampleOf(LinkSnapshot link, long timeMillis, SlotLags slotLags) {
		return new MetricSample(link.link().id(), timeMillis,
				link.lag().map(lag -> lag.status().name()).orElse(null),
				link.lag().map(lag -> lag.offsetLag().orElse(MetricSample.UNKNOWN)).orElse(MetricSample.UNKNOWN),
				link.lag().flatMap(lag -> lag.timeLag()).map(lag -> lag.toMillis()).orElse(MetricSample.UNKNOWN),
				link.throughput().eventsPerSecond(), link.throughput().bytesPerSecond(),
				link.detector().conflictsOpened() + link.detector().pseudoConflicts(),
				link.detector().conflictsClosed() + link.detector().pseudoConflicts(),
				link.detector().openConflicts(),
				link.lag().filter(lag -> lag.timeLag().isPresent()).map(lag -> lag.timeLagSource().estimate())
						.orElse(false),
				slotLags.slotLagBytes(link.link().id()).orElse(MetricSample.UNKNOWN));
	}

	private void rollUp() {
		try {
			history.downsample(System.currentTimeMillis());
		} catch (SQLException e) {
			errors.accept(e);
		}
	}

	/** Stops recording; samples already queued are written first. */
	@Override
	public void close() {
		monitoring.removeSnapshotListener(listener);
		writer.shutdown();
		try {
			writer.awaitTermination(10, TimeUnit.SECONDS);
		} catch (InterruptedException e) {
			Thread.currentThread().interrupt();
		}
	}
}
