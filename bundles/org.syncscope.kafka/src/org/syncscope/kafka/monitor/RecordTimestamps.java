package org.syncscope.kafka.monitor;

import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.OptionalLong;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.ToLongFunction;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.common.TopicPartition;

/**
 * The change times ({@link ChangeTimes}) of the most recent records of each change-log partition, as the
 * monitor's own consumer read them. The poller looks up the record at an applier's committed offset here to get the exact age of
 * the oldest unapplied event without reading the log again; older offsets fall back to interpolation.
 * Written by the reader thread, read by the poller thread.
 */
final class RecordTimestamps {

	private final int capacity;
	private final ToLongFunction<ConsumerRecord<byte[], byte[]>> changeTime;
	private final Map<TopicPartition, Ring> rings = new ConcurrentHashMap<>();

	/** Keeps {@code capacityPerPartition} records per partition, each at the time {@code changeTime} gives it. */
	RecordTimestamps(int capacityPerPartition, ToLongFunction<ConsumerRecord<byte[], byte[]>> changeTime) {
		this.capacity = capacityPerPartition;
		this.changeTime = changeTime;
	}

	/** Remembers the offsets and timestamps of {@code records}, all of {@code partition}, in offset order. */
	void record(TopicPartition partition, List<ConsumerRecord<byte[], byte[]>> records) {
		rings.computeIfAbsent(partition, p -> new Ring(capacity)).addAll(records, changeTime);
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

		synchronized void addAll(List<ConsumerRecord<byte[], byte[]>> records,
				ToLongFunction<ConsumerRecord<byte[], byte[]>> changeTime) {
			for (ConsumerRecord<byte[], byte[]> record : records) {
				add(record.offset(), changeTime.applyAsLong(record));
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
