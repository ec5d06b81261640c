package org.syncscope.replay.internal;

import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.BooleanSupplier;

import org.apache.kafka.clients.consumer.Consumer;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.ConsumerRecords;
import org.apache.kafka.common.TopicPartition;
import org.syncscope.replay.PartitionSpan;
import org.syncscope.replay.ReplayException;

/**
 * Reads exactly the records of some offset spans of a topic, in order per partition, with a read-committed
 * consumer: each partition is paused once its position reaches the end of its span (transaction markers
 * and aborted records move the position without giving records), and a read that makes no progress for the
 * stall timeout fails rather than hanging.
 */
public final class RangeScanner {

	private static final Duration POLL = Duration.ofMillis(200);

	/** Receives the records of the spans; returns false to stop the scan. */
	@FunctionalInterface
	public interface Visitor {
		boolean visit(ConsumerRecord<byte[], byte[]> record) throws ReplayException;

		/** Told after the records of each poll were visited. */
		default void polled() {
		}
	}

	private final Consumer<byte[], byte[]> consumer;
	private final Duration stallTimeout;

	public RangeScanner(Consumer<byte[], byte[]> consumer, Duration stallTimeout) {
		this.consumer = consumer;
		this.stallTimeout = stallTimeout;
	}

	/**
	 * Visits every record of {@code spans} of {@code topic}.
	 *
	 * @return true if every span was read, false if the visitor or {@code cancelled} stopped the scan
	 */
	public boolean scan(String topic, List<PartitionSpan> spans, Visitor visitor, BooleanSupplier cancelled)
			throws ReplayException {
		Map<TopicPartition, Long> ends = new HashMap<>();
		List<TopicPartition> partitions = new ArrayList<>();
		for (PartitionSpan span : spans) {
			if (!span.isEmpty()) {
				TopicPartition partition = new TopicPartition(topic, span.partition());
				ends.put(partition, span.to());
				partitions.add(partition);
			}
		}
		consumer.assign(partitions);
		for (PartitionSpan span : spans) {
			if (!span.isEmpty()) {
				consumer.seek(new TopicPartition(topic, span.partition()), span.from());
			}
		}
		long lastProgress = System.nanoTime();
		while (!ends.isEmpty()) {
			if (cancelled.getAsBoolean()) {
				return false;
			}
			ConsumerRecords<byte[], byte[]> records = consumer.poll(POLL);
			for (TopicPartition partition : records.partitions()) {
				Long end = ends.get(partition);
				for (ConsumerRecord<byte[], byte[]> record : records.records(partition)) {
					if (end != null && record.offset() < end && !visitor.visit(record)) {
						return false;
					}
				}
			}
			visitor.polled();
			boolean progressed = !records.isEmpty();
			for (TopicPartition partition : List.copyOf(ends.keySet())) {
				if (consumer.position(partition) >= ends.get(partition)) {
					ends.remove(partition);
					consumer.pause(List.of(partition));
					progressed = true;
				}
			}
			if (progressed) {
				lastProgress = System.nanoTime();
			} else if (System.nanoTime() - lastProgress > stallTimeout.toNanos()) {
				throw new ReplayException("Reading '" + topic + "' made no progress for " + stallTimeout.toSeconds()
						+ " s; still to read: " + ends + " (end offsets); is a transaction left open on the topic?");
			}
		}
		return true;
	}
}
