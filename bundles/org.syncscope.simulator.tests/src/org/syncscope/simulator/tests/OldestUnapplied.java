package org.syncscope.simulator.tests;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.consumer.Consumer;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.common.TopicPartition;
import org.syncscope.kafka.KafkaClients;
import org.syncscope.testing.Await;

/**
 * The truth for time lag, read independently of SyncScope's monitor: the applier group's committed offsets
 * from the broker, then the record at each committed offset; the oldest of those is the oldest unapplied event.
 */
final class OldestUnapplied implements AutoCloseable {

	private final Admin admin;
	private final Consumer<byte[], byte[]> reader;

	OldestUnapplied(String bootstrapServers) {
		admin = KafkaClients.admin(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers));
		reader = KafkaClients.bytesConsumer(Map.of(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers,
				ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false));
	}

	Instant timestamp(String topic, String group) throws Exception {
		Map<TopicPartition, OffsetAndMetadata> committed = admin.listConsumerGroupOffsets(group)
				.partitionsToOffsetAndMetadata().get();
		Map<TopicPartition, Long> ends = reader.endOffsets(committed.keySet());
		long oldest = Long.MAX_VALUE;
		for (Map.Entry<TopicPartition, OffsetAndMetadata> entry : committed.entrySet()) {
			TopicPartition partition = entry.getKey();
			if (!partition.topic().equals(topic) || entry.getValue().offset() >= ends.get(partition)) {
				continue;
			}
			oldest = Math.min(oldest, timestampAt(partition, entry.getValue().offset()));
		}
		if (oldest == Long.MAX_VALUE) {
			throw new AssertionError(group + " has nothing unapplied on " + topic);
		}
		return Instant.ofEpochMilli(oldest);
	}

	private long timestampAt(TopicPartition partition, long offset) {
		reader.assign(Set.of(partition));
		reader.seek(partition, offset);
		long[] found = { -1 };
		Await.until("the record at " + partition + "@" + offset, Duration.ofSeconds(30), () -> {
			List<ConsumerRecord<byte[], byte[]>> records = reader.poll(Duration.ofMillis(200)).records(partition);
			if (!records.isEmpty()) {
				found[0] = records.get(0).timestamp();
			}
			return found[0] >= 0;
		});
		return found[0];
	}

	@Override
	public void close() {
		reader.close();
		admin.close();
	}
}
