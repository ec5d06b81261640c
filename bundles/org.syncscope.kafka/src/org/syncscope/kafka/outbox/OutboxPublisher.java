package org.syncscope.kafka.outbox;

import java.nio.charset.StandardCharsets;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.Function;

import org.apache.kafka.clients.producer.Producer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.syncscope.kafka.KafkaClients;
import org.syncscope.kafka.monitor.ClusterSpec;
import org.syncscope.store.SyncScopeStore;
import org.syncscope.store.outbox.Outbox;
import org.syncscope.store.outbox.OutboxEntry;

/**
 * Sends the store's pending outbox records to Kafka and marks each one sent once Kafka acknowledged it. It
 * drains at start (finishing what a crash interrupted), whenever asked, and every retry interval while rows
 * stay pending (a cluster that is down). A crash after the send and before the mark publishes a record twice;
 * that is harmless because a resolution's event has a deterministic id and the same vector, which readers
 * and the detector treat as one write (a duplicate). Work runs on one thread of its own.
 */
public final class OutboxPublisher implements AutoCloseable {

	/** Record header carrying the resolution id. */
	public static final String RESOLUTION_HEADER = "syncscope-resolution-id";

	private static final Duration SEND_TIMEOUT = Duration.ofSeconds(15);
	private static final Duration RETRY = Duration.ofSeconds(5);

	private final SyncScopeStore store;
	private final Function<String, Optional<ClusterSpec>> clusters;
	private final Clock clock;
	private final ScheduledExecutorService executor = Executors.newSingleThreadScheduledExecutor(
			Thread.ofPlatform().daemon().name("syncscope-outbox").factory());
	private final Map<String, Producer<byte[], byte[]>> producers = new HashMap<>();
	private volatile String lastError;

	/** A publisher for {@code store}, finding each row's cluster through {@code clusters}. */
	public OutboxPublisher(SyncScopeStore store, Function<String, Optional<ClusterSpec>> clusters, Clock clock) {
		this.store = store;
		this.clusters = clusters;
		this.clock = clock;
	}

	/** Drains now (finishing a crashed run's rows) and then retries pending rows every few seconds. */
	public void start() {
		executor.scheduleWithFixedDelay(this::drainQuietly, 0, RETRY.toMillis(), TimeUnit.MILLISECONDS);
	}

	/** Sends every pending row; completes with the number sent. */
	public CompletableFuture<Integer> drain() {
		return CompletableFuture.supplyAsync(this::drainNow, executor);
	}

	/** The last failure to send, or null after a clean drain. */
	public String lastError() {
		return lastError;
	}

	private void drainQuietly() {
		drainNow();
	}

	private int drainNow() {
		int sent = 0;
		try {
			List<OutboxEntry> pending = store.read(Outbox::pending);
			String error = null;
			for (OutboxEntry entry : pending) {
				try {
					send(entry);
					store.inTransaction(connection -> {
						Outbox.markSent(connection, entry.id(), clock.instant());
						return null;
					});
					sent++;
				} catch (ExecutionException | TimeoutException | RuntimeException e) {
					error = "Outbox row " + entry.id() + " to " + entry.topic() + ": " + e;
					String message = error;
					store.inTransaction(connection -> {
						Outbox.markFailed(connection, entry.id(), message);
						return null;
					});
				}
			}
			lastError = error;
		} catch (SQLException e) {
			lastError = "The outbox could not be read: " + e.getMessage();
		} catch (InterruptedException e) {
			Thread.currentThread().interrupt();
		}
		return sent;
	}

	private void send(OutboxEntry entry) throws InterruptedException, ExecutionException, TimeoutException {
		ProducerRecord<byte[], byte[]> record = new ProducerRecord<>(entry.topic(),
				entry.key().getBytes(StandardCharsets.UTF_8), entry.value());
		record.headers().add(RESOLUTION_HEADER, entry.resolutionId().getBytes(StandardCharsets.UTF_8));
		producer(entry.clusterId()).send(record).get(SEND_TIMEOUT.toMillis(), TimeUnit.MILLISECONDS);
	}

	private Producer<byte[], byte[]> producer(String clusterId) {
		return producers.computeIfAbsent(clusterId, id -> {
			ClusterSpec cluster = clusters.apply(id)
					.orElseThrow(() -> new IllegalStateException("Cluster " + id + " is not known (not monitored)"));
			Map<String, Object> config = KafkaClients.config(cluster.bootstrapServers(), cluster.clientProperties());
			config.put(ProducerConfig.CLIENT_ID_CONFIG, "syncscope-outbox-" + id);
			config.put(ProducerConfig.ACKS_CONFIG, "all");
			config.put(ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, true);
			config.put(ProducerConfig.DELIVERY_TIMEOUT_MS_CONFIG, (int) SEND_TIMEOUT.toMillis());
			config.put(ProducerConfig.REQUEST_TIMEOUT_MS_CONFIG, (int) SEND_TIMEOUT.toMillis() / 2);
			config.put(ProducerConfig.MAX_BLOCK_MS_CONFIG, SEND_TIMEOUT.toMillis());
			return KafkaClients.bytesProducer(config);
		});
	}

	/** Stops the thread and closes the producers. */
	@Override
	public void close() {
		executor.shutdownNow();
		try {
			executor.awaitTermination(20, TimeUnit.SECONDS);
		} catch (InterruptedException e) {
			Thread.currentThread().interrupt();
		}
		producers.values().forEach(producer -> producer.close(Duration.ofSeconds(5)));
		producers.clear();
	}
}
