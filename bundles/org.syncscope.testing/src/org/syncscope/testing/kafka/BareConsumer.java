package org.syncscope.testing.kafka;

import java.time.Duration;
import java.util.Collection;
import java.util.HashMap;
import java.util.Map;

import org.apache.kafka.clients.consumer.Consumer;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecords;
import org.syncscope.kafka.KafkaClients;

/**
 * The yardstick of the throughput benchmarks: a plain consumer that reads topics from their beginning with a
 * fresh group, hands each polled batch to the caller (who may discard it) and counts the records.
 */
public final class BareConsumer {

	private BareConsumer() {
	}

	/**
	 * Nanoseconds from subscribing to {@code topics} with group {@code group} (and {@code overrides} of the
	 * consumer's settings) until {@code events} records have been read, each batch given to {@code eachBatch}
	 * on the polling thread; closing not included.
	 *
	 * @throws AssertionError when they were not all read within {@code timeout}
	 */
	public static long consume(String bootstrap, Collection<String> topics, long events, String group,
			Map<String, Object> overrides, Duration timeout,
			java.util.function.Consumer<ConsumerRecords<byte[], byte[]>> eachBatch) {
		Map<String, Object> config = new HashMap<>();
		config.put(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap);
		config.put(ConsumerConfig.GROUP_ID_CONFIG, group);
		config.put(ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest");
		config.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false);
		config.putAll(overrides);
		try (Consumer<byte[], byte[]> consumer = KafkaClients.bytesConsumer(config)) {
			long started = System.nanoTime();
			consumer.subscribe(topics);
			long read = 0;
			while (read < events) {
				if (System.nanoTime() - started > timeout.toNanos()) {
					throw new AssertionError("the bare consumer read only " + read + " of " + events + " events");
				}
				ConsumerRecords<byte[], byte[]> records = consumer.poll(Duration.ofMillis(250));
				read += records.count();
				eachBatch.accept(records);
			}
			return System.nanoTime() - started;
		}
	}
}
