package org.syncscope.testing.kafka;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.clients.producer.Producer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.TopicPartition;
import org.syncscope.kafka.KafkaClients;

/**
 * A link's lag held still on the test broker: a one-partition change log with {@code records} records made
 * {@code age} ago, and an applier group committed at {@code committed} that never moves, so that monitoring
 * finds exactly {@code records - committed} events behind, the oldest of them {@code age} old.
 */
public final class HeldLag {

	private static final long TIMEOUT_SECONDS = 30;

	private HeldLag() {
	}

	/** Creates {@code topic}, writes the records and commits {@code group} at {@code committed}. */
	public static void hold(String bootstrapServers, String topic, String group, int records, long committed,
			Duration age) throws Exception {
		try (Admin admin = KafkaClients.admin(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers));
				Producer<byte[], byte[]> producer = KafkaClients.bytesProducer(Map.of(
						ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers, ProducerConfig.ACKS_CONFIG, "all",
						ProducerConfig.LINGER_MS_CONFIG, 0))) {
			admin.createTopics(List.of(new NewTopic(topic, 1, (short) 1))).all().get(TIMEOUT_SECONDS, TimeUnit.SECONDS);
			long stamp = System.currentTimeMillis() - age.toMillis();
			List<Future<?>> sent = new ArrayList<>();
			for (int i = 0; i < records; i++) {
				sent.add(producer.send(new ProducerRecord<>(topic, 0, stamp + i, ("k" + i).getBytes(StandardCharsets.UTF_8),
						("{\"n\":" + i + "}").getBytes(StandardCharsets.UTF_8))));
			}
			for (Future<?> future : sent) {
				future.get(TIMEOUT_SECONDS, TimeUnit.SECONDS);
			}
			admin.alterConsumerGroupOffsets(group, Map.of(new TopicPartition(topic, 0), new OffsetAndMetadata(committed)))
					.all().get(TIMEOUT_SECONDS, TimeUnit.SECONDS);
		}
	}
}
