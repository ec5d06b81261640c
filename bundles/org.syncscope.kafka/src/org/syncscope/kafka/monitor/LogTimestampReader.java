package org.syncscope.kafka.monitor;

import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalLong;
import java.util.Set;
import java.util.function.ToLongFunction;

import org.apache.kafka.clients.consumer.Consumer;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.ConsumerRecords;
import org.apache.kafka.clients.consumer.OffsetOutOfRangeException;
import org.apache.kafka.common.TopicPartition;

/**
 * Reads, from the log itself, the change time ({@link ChangeTimes}) of the record at an applier's committed
 * offset when the
 * monitor's change-log reader no longer holds it (a backlog older than the monitor, a stopped applier). A
 * consumer of SyncScope's own, with no group, is assigned the partitions and positioned at the offsets; one
 * small fetch per partition whose committed offset changed, and the answer is cached while it does not. An
 * offset that can no longer be read (deleted by retention, or only transaction markers behind it) is cached
 * as unknown, and the lag evaluator falls back to interpolation. Each round's reading ends by the round's
 * deadline and spends at most {@link #FETCH_BUDGET} per position. Used by the poller thread only.
 */
final class LogTimestampReader implements AutoCloseable {

	private static final Duration POLL = Duration.ofMillis(50);
	private static final Duration FETCH_BUDGET = Duration.ofSeconds(1);
	private static final int MAX_MISSES = 3;

	/** A committed offset of a partition. */
	record Position(TopicPartition partition, long offset) {
	}

	private final Consumer<byte[], byte[]> consumer;
	private final ToLongFunction<ConsumerRecord<byte[], byte[]>> changeTime;
	private Map<Position, OptionalLong> cache = new HashMap<>();
	private final Map<Position, Integer> misses = new HashMap<>();

	/**
	 * Reads with {@code consumer}, which must have no group and {@code auto.offset.reset=none}; a record's time
	 * is what {@code changeTime} gives it.
	 */
	LogTimestampReader(Consumer<byte[], byte[]> consumer, ToLongFunction<ConsumerRecord<byte[], byte[]>> changeTime) {
		this.consumer = consumer;
		this.changeTime = changeTime;
	}

	/**
	 * Makes the timestamps at {@code wanted} known, reading the log for those not cached, until
	 * {@code deadlineNanos} ({@link System#nanoTime()}); forgets cached positions no longer wanted.
	 */
	void read(Set<Position> wanted, long deadlineNanos) {
		Map<Position, OptionalLong> kept = new HashMap<>();
		List<Position> missing = new ArrayList<>();
		for (Position position : wanted) {
			OptionalLong known = cache.get(position);
			if (known != null) {
				kept.put(position, known);
			} else {
				missing.add(position);
			}
		}
		cache = kept;
		misses.keySet().retainAll(wanted);
		// one position per partition at a time: two groups may want two offsets of one partition
		while (!missing.isEmpty() && System.nanoTime() < deadlineNanos) {
			Map<TopicPartition, Position> round = new HashMap<>();
			for (Position position : missing) {
				round.putIfAbsent(position.partition(), position);
			}
			missing.removeAll(round.values());
			fetch(round, deadlineNanos);
		}
	}

	/** The timestamp at {@code position} as last read, if it could be read. */
	OptionalLong timestampAt(TopicPartition partition, long offset) {
		return cache.getOrDefault(new Position(partition, offset), OptionalLong.empty());
	}

	private void fetch(Map<TopicPartition, Position> round, long deadlineNanos) {
		Map<TopicPartition, Position> pending = new HashMap<>(round);
		long giveUp = Math.min(deadlineNanos, System.nanoTime() + FETCH_BUDGET.toNanos());
		assign(pending);
		while (!pending.isEmpty() && System.nanoTime() < giveUp) {
			ConsumerRecords<byte[], byte[]> records;
			try {
				records = consumer.poll(POLL);
			} catch (OffsetOutOfRangeException deleted) {
				for (TopicPartition partition : deleted.partitions()) {
					Position gone = pending.remove(partition);
					if (gone != null) {
						cache.put(gone, OptionalLong.empty());
					}
				}
				assign(pending);
				continue;
			}
			List<TopicPartition> answered = new ArrayList<>();
			for (TopicPartition partition : records.partitions()) {
				Position position = pending.remove(partition);
				if (position != null) {
					cache.put(position, OptionalLong.of(changeTime.applyAsLong(records.records(partition).get(0))));
					misses.remove(position);
					answered.add(partition);
				}
			}
			consumer.pause(answered);
		}
		// a position that gives no record (e.g. only transaction markers behind it) is tried a few rounds, then
		// taken as unknown while it does not change
		for (Position position : pending.values()) {
			if (misses.merge(position, 1, Integer::sum) >= MAX_MISSES) {
				cache.put(position, OptionalLong.empty());
				misses.remove(position);
			}
		}
	}

	private void assign(Map<TopicPartition, Position> positions) {
		consumer.assign(positions.keySet());
		consumer.resume(consumer.paused());
		positions.forEach((partition, position) -> consumer.seek(partition, position.offset()));
	}

	@Override
	public void close() {
		consumer.close(Duration.ofSeconds(2));
	}
}
