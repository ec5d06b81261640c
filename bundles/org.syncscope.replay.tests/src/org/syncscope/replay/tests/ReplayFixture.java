package org.syncscope.replay.tests;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.TimeUnit;

import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.clients.consumer.Consumer;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.ConsumerRecords;
import org.apache.kafka.clients.producer.Producer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.TopicPartition;
import org.syncscope.core.event.ChangeEvent;
import org.syncscope.core.event.EventCodec;
import org.syncscope.core.event.Operation;
import org.syncscope.core.event.Payload;
import org.syncscope.core.vv.VersionVector;
import org.syncscope.kafka.KafkaClients;
import org.syncscope.kafka.broker.LocalKafkaBroker;
import org.syncscope.replay.ReplayLink;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * Topics, change events and readers for replay tests on the shared real broker. Every test uses its own
 * topic names (the broker is shared by the whole run).
 */
final class ReplayFixture {

	static final EventCodec CODEC = new EventCodec();

	private final LocalKafkaBroker broker;

	ReplayFixture(LocalKafkaBroker broker) {
		this.broker = broker;
	}

	/** A unique topic name with {@code prefix}. */
	static String unique(String prefix) {
		return prefix + "." + UUID.randomUUID().toString().substring(0, 8);
	}

	void createTopics(int partitions, String... topics) throws Exception {
		try (Admin admin = KafkaClients.admin(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, broker.bootstrapServers()))) {
			List<NewTopic> newTopics = new ArrayList<>();
			for (String topic : topics) {
				newTopics.add(new NewTopic(topic, partitions, (short) 1));
			}
			admin.createTopics(newTopics).all().get(30, TimeUnit.SECONDS);
		}
	}

	/** A link reading {@code source} that may replay to {@code extraTargets} too; masks customer.email. */
	ReplayLink link(String source, String... extraTargets) {
		return new ReplayLink("link-" + source, "Link " + source, source, Set.of(extraTargets),
				List.of("customer.email"), broker.bootstrapServers(), Map.of());
	}

	/**
	 * Writes {@code perPartition} events to each of {@code partitions} partitions, key {@code k<p>-<i>},
	 * record timestamp {@code baseMillis + i * 1000}; returns them as written, by partition.
	 */
	List<List<Sent>> produce(String topic, int partitions, int perPartition, long baseMillis) throws Exception {
		List<List<Sent>> sent = new ArrayList<>();
		try (Producer<byte[], byte[]> producer = KafkaClients.bytesProducer(
				Map.of(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, broker.bootstrapServers(), ProducerConfig.LINGER_MS_CONFIG, 5))) {
			for (int p = 0; p < partitions; p++) {
				List<Sent> partition = new ArrayList<>();
				for (int i = 0; i < perPartition; i++) {
					String key = "k" + p + "-" + i;
					byte[] value = CODEC.encode(event(key, i + 1));
					long offset = producer.send(new ProducerRecord<>(topic, p, baseMillis + i * 1000L, bytes(key), value))
							.get(30, TimeUnit.SECONDS).offset();
					partition.add(new Sent(p, offset, key, value));
				}
				sent.add(partition);
			}
		}
		return sent;
	}

	/** Writes {@code perPartition} events to each partition as fast as the producer batches them (benchmarks). */
	void produceBulk(String topic, int partitions, int perPartition) {
		try (Producer<byte[], byte[]> producer = KafkaClients.bytesProducer(Map.of(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG,
				broker.bootstrapServers(), ProducerConfig.LINGER_MS_CONFIG, 10, ProducerConfig.BATCH_SIZE_CONFIG, 256 * 1024))) {
			for (int i = 0; i < perPartition; i++) {
				for (int p = 0; p < partitions; p++) {
					String key = "k" + p + "-" + i;
					producer.send(new ProducerRecord<>(topic, p, bytes(key), CODEC.encode(event(key, i + 1))));
				}
			}
			producer.flush();
		}
	}

	static ChangeEvent event(String key, long counter) {
		ObjectNode payload = JsonNodeFactory.instance.objectNode();
		payload.putObject("customer").put("name", "Ada " + counter).put("email", "ada" + counter + "@example.org");
		payload.put("total", counter * 10);
		return new ChangeEvent(UUID.randomUUID(), key, Operation.UPSERT, Payload.of(payload), "eu",
				VersionVector.of("eu", counter), 1_700_000_000_000L + counter);
	}

	/** Every record of {@code topic} a reader with {@code isolation} sees now (reads up to the end offsets). */
	List<ConsumerRecord<byte[], byte[]>> readAll(String topic, String isolation) {
		List<ConsumerRecord<byte[], byte[]>> records = new ArrayList<>();
		try (Consumer<byte[], byte[]> consumer = KafkaClients.bytesConsumer(Map.of(
				ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, broker.bootstrapServers(),
				ConsumerConfig.ISOLATION_LEVEL_CONFIG, isolation, ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest"))) {
			List<TopicPartition> partitions = consumer.partitionsFor(topic).stream()
					.map(info -> new TopicPartition(topic, info.partition())).toList();
			consumer.assign(partitions);
			consumer.seekToBeginning(partitions);
			Map<TopicPartition, Long> ends = consumer.endOffsets(partitions);
			long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
			while (partitions.stream().anyMatch(p -> consumer.position(p) < ends.get(p))) {
				if (System.nanoTime() > deadline) {
					throw new AssertionError("Could not read " + topic + " to its end " + ends);
				}
				ConsumerRecords<byte[], byte[]> batch = consumer.poll(Duration.ofMillis(200));
				batch.forEach(records::add);
			}
		}
		return records;
	}

	static byte[] bytes(String text) {
		return text.getBytes(StandardCharsets.UTF_8);
	}

	static String text(byte[] bytes) {
		return bytes == null ? null : new String(bytes, StandardCharsets.UTF_8);
	}

	/** One record as the fixture wrote it. */
	record Sent(int partition, long offset, String key, byte[] value) {
	}
}
