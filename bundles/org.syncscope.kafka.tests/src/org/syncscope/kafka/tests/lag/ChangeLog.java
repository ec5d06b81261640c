package org.syncscope.kafka.tests.lag;

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
import org.apache.kafka.clients.admin.RecordsToDelete;
import org.apache.kafka.clients.consumer.Consumer;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.clients.producer.Producer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.TopicPartition;
import org.syncscope.kafka.KafkaClients;
import org.syncscope.testing.Await;

/**
 * A one-partition change log on the test broker with records of chosen timestamps, and the applier groups
 * that read it: what the lag tests build their cases from, with Kafka's own clients.
 */
final class ChangeLog implements AutoCloseable {

	private static final Duration TIMEOUT = Duration.ofSeconds(30);

	private final String bootstrapServers;
	private final String topic;
	private final TopicPartition partition;
	private final Admin admin;
	private final Producer<byte[], byte[]> producer;

	ChangeLog(String bootstrapServers, String topic) throws Exception {
		this.bootstrapServers = bootstrapServers;
		this.topic = topic;
		this.partition = new TopicPartition(topic, 0);
		admin = KafkaClients.admin(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers));
		admin.createTopics(List.of(new NewTopic(topic, 1, (short) 1))).all().get(30, TimeUnit.SECONDS);
		producer = KafkaClients.bytesProducer(Map.of(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers,
				ProducerConfig.ACKS_CONFIG, "all", ProducerConfig.LINGER_MS_CONFIG, 0));
	}

	String topic() {
		return topic;
	}

	/** Writes {@code count} records stamped {@code firstMillis}, {@code firstMillis + stepMillis}, ... */
	void write(int count, long firstMillis, long stepMillis) throws Exception {
		List<java.util.concurrent.Future<?>> sent = new ArrayList<>();
		for (int i = 0; i < count; i++) {
			byte[] value = ("{\"n\":" + i + "}").getBytes(StandardCharsets.UTF_8);
			sent.add(producer.send(new ProducerRecord<>(topic, 0, firstMillis + i * stepMillis,
					("k" + i).getBytes(StandardCharsets.UTF_8), value)));
		}
		for (var future : sent) {
			future.get(30, TimeUnit.SECONDS);
		}
	}

	/** Sets the group's committed offset, as an applier that has applied everything before it would. */
	void commit(String group, long offset) throws Exception {
		admin.alterConsumerGroupOffsets(group, Map.of(partition, new OffsetAndMetadata(offset))).all().get(30,
				TimeUnit.SECONDS);
	}

	/**
	 * A live member of {@code group}, assigned the partition, that never commits: a consumer that is there
	 * but does not progress. Closing it leaves the group.
	 */
	Consumer<byte[], byte[]> joinWithoutCommitting(String group) {
		Consumer<byte[], byte[]> consumer = KafkaClients.bytesConsumer(Map.of(
				ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers, ConsumerConfig.GROUP_ID_CONFIG, group,
				ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false, ConsumerConfig.MAX_POLL_RECORDS_CONFIG, 1));
		consumer.subscribe(Set.of(topic));
		Await.until(group + " assigned " + partition, TIMEOUT, () -> {
			consumer.poll(Duration.ofMillis(100));
			return consumer.assignment().contains(partition);
		});
		return consumer;
	}

	/** Deletes the records before {@code offset}, as retention would. */
	void deleteBefore(long offset) throws Exception {
		admin.deleteRecords(Map.of(partition, RecordsToDelete.beforeOffset(offset))).all().get(30, TimeUnit.SECONDS);
	}

	@Override
	public void close() {
		producer.close();
		admin.close();
	}
}
