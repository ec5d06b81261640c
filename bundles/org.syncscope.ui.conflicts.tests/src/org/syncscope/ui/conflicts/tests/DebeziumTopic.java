package org.syncscope.ui.conflicts.tests;

import java.time.Duration;
import java.util.Map;
import java.util.function.Predicate;

import org.apache.kafka.clients.consumer.Consumer;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.common.TopicPartition;
import org.syncscope.core.cdc.DebeziumDecoder;
import org.syncscope.core.cdc.DebeziumRecord;
import org.syncscope.core.cdc.RowChange;
import org.syncscope.kafka.KafkaClients;

/** Reads a topic of Debezium's events from its beginning, outside any group, for a row change a test awaits. */
final class DebeziumTopic {

	private DebeziumTopic() {
	}

	/** Whether a change {@code wanted} accepts arrives on {@code topic} within {@code timeout}. */
	static boolean carries(String bootstrap, String topic, Predicate<RowChange> wanted, Duration timeout) {
		Map<String, Object> config = KafkaClients.config(bootstrap, Map.of());
		config.put(ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest");
		config.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false);
		DebeziumDecoder decoder = new DebeziumDecoder();
		long deadline = System.nanoTime() + timeout.toNanos();
		try (Consumer<byte[], byte[]> consumer = KafkaClients.bytesConsumer(config)) {
			consumer.assign(consumer.partitionsFor(topic).stream()
					.map(partition -> new TopicPartition(topic, partition.partition())).toList());
			while (System.nanoTime() < deadline) {
				for (ConsumerRecord<byte[], byte[]> record : consumer.poll(Duration.ofMillis(500))) {
					if (decoder.decode(record.key(), record.value()) instanceof DebeziumRecord.Row row
							&& wanted.test(row.change())) {
						return true;
					}
				}
			}
			return false;
		}
	}
}
