package org.syncscope.kafka.monitor;

import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.OptionalLong;
import java.util.concurrent.ConcurrentHashMap;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.common.TopicPartition;

/**
 * The change times ({@link ChangeTimes}: the source's commit time for Debezium's events, the record's
 * timestamp for SyncScope's own) of the most recent records of each change-log partition, as the monitor's
 * own consumer read them. The poller looks up the record at an applier's committed offset here to get the exact age of
 * the oldest unapplied event without reading the log again; older offsets fall back to interpolation.
 * Written by the reader thread, read by the poller thread.
 */
final class RecordTimestamps {

	private final int capacity;
	private final Map<TopicPartition, Ring> rings = new ConcurrentHashMap<>();

	/** Keeps {@code capacityPerPartition} records per partition. */
	RecordTimestamps(int capacityPerPartition) {
		this.capacity = capacityPerPartition;
	}

	/**
	 * Remembers the offsets of {@code records}, all of {@code partition}, in offset order, with their change
	 * times, {@code changeTimes[i]} that of {@code records.get(i)}.
	 */
	void record(TopicPartition partition, List<ConsumerRecord<byte[], byte[]>> records, long[] changeTimes) {
		rings.computeIfAbsent(partition, p -> new Ring(capacity)).addAll(records, changeTimes);
	}

	/** The records' own timestamps, the change times of a log in SyncScope's format. */
	static long[] logTimes(List<ConsumerRecord<byte[], byte[]>> records) {
		long[] times = new long[records.size()];
		for (int i = 0; i < times.length; i++) {
			times[i] = records.get(i).timestamp();
		}
		return times;
	}

	/**
	 * The timestamp of the first record at or after {@code offset} (offsets may skip transaction markers), if
	 * that record is still in the window.
	 */
	OptionalLong timestampAt(TopicPartition partition, long offset) {
		Ring ring = rings.get(partition);
		return ring == null ? OptionalLong.empty() : ring.find(offset);
	}

	/** A fixed-size ring of (offset, timestamp) in ascending offset order. */
	private static final class Ring {
		private final long[] offsets;
		private final long[] timestamps;
		private int start;
		private int size;

		Ring(int capacity) {
			offsets = new long[capacity];
			timestamps = new long[capacity];
		}

		synchronized void addAll(List<ConsumerRecord<byte[], byte[]>> records, long[] changeTimes) {
			for (int i = 0; i < changeTimes.length; i++) {
				add(records.get(i).offset(), changeTimes[i]);
			}
		}

		private void add(long offset, long timestamp) {
			if (size > 0 && offset <= offsets[(start + size - 1) % offsets.length]) {
				return; // re-read after a rebalance: already known
			}
			int slot = (start + size) % offsets.length;
			offsets[slot] = offset;
			timestamps[slot] = timestamp;
			if (size < offsets.length) {
				size++;
			} else {
				start = (start + 1) % offsets.length;
			}
		}

		synchronized OptionalLong find(long offset) {
			if (size == 0 || offset < offsets[start] || offset > offsets[(start + size - 1) % offsets.length]) {
				return OptionalLong.empty();
			}
			// offsets ascend along the ring: search its two sorted runs for the first offset >= the wanted one
			int firstRun = Math.min(size, offsets.length - start);
			int index = ceiling(start, start + firstRun, offset);
			if (index < 0) {
				index = ceiling(0, size - firstRun, offset);
			}
			return index < 0 ? OptionalLong.empty() : OptionalLong.of(timestamps[index]);
		}

		private int ceiling(int from, int to, long offset) {
			int index = Arrays.binarySearch(offsets, from, to, offset);
			if (index < 0) {
				index = -index - 1;
			}
			return index < to ? index : -1;
		}
	}
}
