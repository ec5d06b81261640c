package org.syncscope.kafka.monitor;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.apache.kafka.clients.consumer.Consumer;
import org.apache.kafka.clients.consumer.ConsumerRebalanceListener;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.ConsumerRecords;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.errors.TopicAuthorizationException;
import org.apache.kafka.common.errors.WakeupException;

/**
 * Reads every change log of one cluster with SyncScope's own monitoring group (never an applier's), has each
 * polled batch of the logs in SyncScope's format decoded and fed to the links' detectors and meters (by a
 * {@link BatchChecker}) and the logs of Debezium events decoded and metered (by {@link CdcRecords}),
 * remembers record timestamps of all logs for exact time lag, and quarantines what does not decode, without
 * ever stopping on bad input. Runs on its own thread.
 */
final class ChangeLogReader implements Runnable {

	private static final Duration POLL = Duration.ofMillis(250);
	private static final Duration DENIED_RETRY = Duration.ofMinutes(1);

	private final Consumer<byte[], byte[]> consumer;
	private final long publishEveryMillis;
	private final BatchChecker checker;
	private final RecordTimestamps timestamps;
	private final Quarantine quarantine;
	private final Clock clock;
	private final Collection<String> topics;
	private final Set<String> syncscopeTopics;
	private final CdcRecords cdc;
	private volatile boolean running = true;
	private final boolean fromBeginning;
	private final Set<TopicPartition> started = new HashSet<>();
	private final StartPositions startPositions = new StartPositions();
	private volatile String lastError;
	private volatile Set<String> deniedTopics = Set.of();
	private long deniedAt;
	private long lastPublish;
	private boolean uncommitted;

	ChangeLogReader(Consumer<byte[], byte[]> consumer, Collection<String> topics, Set<String> syncscopeTopics,
			CdcRecords cdc, boolean fromBeginning, BatchChecker checker, Duration publishEvery,
			RecordTimestamps timestamps, Quarantine quarantine, Clock clock) {
		this.consumer = consumer;
		this.syncscopeTopics = Set.copyOf(syncscopeTopics);
		this.cdc = cdc;
		this.checker = checker;
		this.fromBeginning = fromBeginning;
		this.topics = new ArrayList<>(topics);
		this.publishEveryMillis = publishEvery.toMillis();
		this.timestamps = timestamps;
		this.quarantine = quarantine;
		this.clock = clock;
	}

	void stop() {
		running = false;
		consumer.wakeup();
	}

	/** The change logs the user may not READ (an ACL is missing): read without them, asked again each minute. */
	Set<String> deniedTopics() {
		return deniedTopics;
	}

	/** The last error the consumer reported, if any, for the cluster's status. */
	String lastError() {
		return lastError;
	}

	@Override
	public void run() {
		try {
			consumer.subscribe(topics, startPositions);
			while (running) {
				try {
					askAgainForDeniedTopics();
					ConsumerRecords<byte[], byte[]> records = consumer.subscription().isEmpty() ? idle()
							: consumer.poll(POLL);
					handle(records);
					uncommitted |= !records.isEmpty();
					lastError = null;
				} catch (WakeupException stopping) {
					throw stopping;
				} catch (TopicAuthorizationException e) {
					readWithout(e.unauthorizedTopics());
				} catch (RuntimeException e) {
					lastError = e.getClass().getSimpleName() + ": " + e.getMessage();
				}
				long now = clock.millis();
				if (now - lastPublish >= publishEveryMillis) {
					checker.publish(now);
					lastPublish = now;
					commitRead();
				}
			}
		} catch (WakeupException stopping) {
			// stop() was called
		} catch (InterruptedException e) {
			Thread.currentThread().interrupt();
		} finally {
			checker.close();
			commitReadBeforeClosing();
			consumer.close(Duration.ofSeconds(5));
		}
	}

	/**
	 * Commits the positions read since the last commit, once per publication rather than per batch: each
	 * commit is a write to the broker's offsets log, which per batch cost the broker more CPU than serving the
	 * fetches. A rebalance commits what was read before giving partitions up ({@link StartPositions}).
	 */
	private void commitRead() {
		if (uncommitted) {
			consumer.commitAsync();
			uncommitted = false;
		}
	}

	private void commitReadBeforeClosing() {
		if (uncommitted) {
			try {
				consumer.commitSync(Duration.ofSeconds(2));
			} catch (RuntimeException unreachable) {
				// the positions committed at the last publication remain; at worst a few events are read again
			}
		}
	}

	/** Goes on reading the change logs the user may read; the refused ones are its links' problems. */
	private void readWithout(Set<String> refused) {
		Set<String> denied = new HashSet<>(deniedTopics);
		denied.addAll(refused);
		deniedTopics = Set.copyOf(denied);
		deniedAt = clock.millis();
		consumer.subscribe(topics.stream().filter(topic -> !denied.contains(topic)).toList(), startPositions);
	}

	/** A minute after a refusal, subscribes to every change log again, in case an ACL was added. */
	private void askAgainForDeniedTopics() {
		if (!deniedTopics.isEmpty() && clock.millis() - deniedAt >= DENIED_RETRY.toMillis()) {
			deniedTopics = Set.of();
			consumer.subscribe(topics, startPositions);
		}
	}

	/** Nothing to read (every change log refused): waits a poll's time instead. */
	private ConsumerRecords<byte[], byte[]> idle() throws InterruptedException {
		Thread.sleep(POLL.toMillis());
		return ConsumerRecords.empty();
	}

	/**
	 * Where reading starts: on a partition's first assignment in this run, at its beginning (rebuilding the
	 * detectors' state) or its end; on a later assignment (a rebalance, for instance after the broker came
	 * back), at the position this reader committed, so nothing is lost and nothing read twice.
	 */
	private final class StartPositions implements ConsumerRebalanceListener {
		@Override
		public void onPartitionsAssigned(Collection<TopicPartition> partitions) {
			List<TopicPartition> fresh = partitions.stream().filter(started::add).toList();
			if (!fresh.isEmpty()) {
				if (fromBeginning) {
					consumer.seekToBeginning(fresh);
				} else {
					consumer.seekToEnd(fresh);
				}
			}
		}

		@Override
		public void onPartitionsRevoked(Collection<TopicPartition> partitions) {
			try {
				consumer.commitSync(Duration.ofSeconds(2));
			} catch (RuntimeException unreachable) {
				// the positions committed with the last batches remain; at worst a few events are read again
			}
		}
	}

	private void handle(ConsumerRecords<byte[], byte[]> records) throws InterruptedException {
		if (records.isEmpty()) {
			return;
		}
		List<ConsumerRecord<byte[], byte[]>> all = new ArrayList<>(records.count());
		List<BatchChecker.Failure> failures = new ArrayList<>();
		for (TopicPartition partition : records.partitions()) {
			List<ConsumerRecord<byte[], byte[]>> batch = records.records(partition);
			if (cdc.topics().contains(partition.topic())) {
				CdcRecords.Decoded decoded = cdc.handle(batch, clock.millis());
				timestamps.record(partition, batch, decoded.changeTimes());
				failures.addAll(decoded.failures());
			} else {
				timestamps.record(partition, batch, RecordTimestamps.logTimes(batch));
				if (syncscopeTopics.contains(partition.topic())) {
					all.addAll(batch);
				}
			}
		}
		if (!all.isEmpty()) {
			failures.addAll(checker.check(all, clock.millis()));
		}
		for (BatchChecker.Failure failure : failures) {
			ConsumerRecord<byte[], byte[]> record = failure.record();
			quarantine.add(new QuarantinedRecord(record.topic(), record.partition(), record.offset(), record.key(),
					record.value(), failure.reason(), Instant.ofEpochMilli(clock.millis())));
		}
	}
}
