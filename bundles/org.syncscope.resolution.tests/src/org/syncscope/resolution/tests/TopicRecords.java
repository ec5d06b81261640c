package org.syncscope.resolution.tests;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.apache.kafka.clients.consumer.Consumer;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.header.Header;
import org.syncscope.core.event.ChangeEvent;
import org.syncscope.core.event.DecodeResult;
import org.syncscope.core.event.EventCodec;
import org.syncscope.kafka.KafkaClients;
import org.syncscope.kafka.outbox.OutboxPublisher;

/** Reads a whole topic back to find the records a resolution published. */
final class TopicRecords {

	private TopicRecords() {
	}

	/** The events on {@code topic} whose resolution header is {@code resolutionId}. */
	static List<ChangeEvent> resolutions(String bootstrapServers, String topic, String resolutionId) {
		List<ChangeEvent> events = new ArrayList<>();
		try (Consumer<byte[], byte[]> consumer = KafkaClients.bytesConsumer(Map.of(
				ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers,
				ConsumerConfig.GROUP_ID_CONFIG, "resolution-tests-" + UUID.randomUUID(),
				ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false))) {
			List<TopicPartition> partitions = consumer.partitionsFor(topic, Duration.ofSeconds(10)).stream()
					.map(info -> new TopicPartition(topic, info.partition())).toList();
			consumer.assign(partitions);
			consumer.seekToBeginning(partitions);
			Map<TopicPartition, Long> ends = consumer.endOffsets(partitions);
			EventCodec codec = new EventCodec();
			while (partitions.stream().anyMatch(p -> consumer.position(p) < ends.get(p))) {
				for (ConsumerRecord<byte[], byte[]> record : consumer.poll(Duration.ofMillis(500))) {
					Header header = record.headers().lastHeader(OutboxPublisher.RESOLUTION_HEADER);
					if (header != null && resolutionId.equals(new String(header.value(), StandardCharsets.UTF_8))
							&& codec.decode(record.value()) instanceof DecodeResult.Decoded decoded) {
						events.add(decoded.event());
					}
				}
			}
		}
		return events;
	}
}
