package org.syncscope.kafka.tests;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.TimeUnit;

import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.clients.consumer.Consumer;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.producer.Producer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.syncscope.kafka.KafkaClients;
import org.syncscope.testing.Await;

/** Creates a topic, writes records to it and reads them back with the clients SyncScope uses. */
final class KafkaRoundTrip {

	private final String bootstrapServers;

	KafkaRoundTrip(String bootstrapServers) {
		this.bootstrapServers = bootstrapServers;
	}

	void createTopic(String topic) throws Exception {
		try (Admin admin = KafkaClients.admin(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers))) {
			admin.createTopics(List.of(new NewTopic(topic, 1, (short) 1))).all().get(30, TimeUnit.SECONDS);
		}
	}

	void produce(String topic, String key, String value) throws Exception {
		try (Producer<byte[], byte[]> producer = KafkaClients.bytesProducer(Map.of(
				ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers, ProducerConfig.ACKS_CONFIG, "all"))) {
			producer.send(new ProducerRecord<>(topic, bytes(key), bytes(value))).get(30, TimeUnit.SECONDS);
		}
	}

	/** Reads the topic from the beginning until {@code expected} records arrived (bounded wait). */
	List<ConsumerRecord<byte[], byte[]>> consume(String topic, String group, int expected) {
		List<ConsumerRecord<byte[], byte[]>> received = new ArrayList<>();
		try (Consumer<byte[], byte[]> consumer = KafkaClients.bytesConsumer(Map.of(
				ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers, ConsumerConfig.GROUP_ID_CONFIG, group,
				ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest"))) {
			consumer.subscribe(Set.of(topic));
			Await.until(expected + " records on " + topic, Duration.ofSeconds(60), () -> {
				consumer.poll(Duration.ofMillis(200)).forEach(received::add);
				return received.size() >= expected;
			});
		}
		return received;
	}

	static byte[] bytes(String text) {
		return text.getBytes(StandardCharsets.UTF_8);
	}

	static String text(byte[] bytes) {
		return new String(bytes, StandardCharsets.UTF_8);
	}
}
