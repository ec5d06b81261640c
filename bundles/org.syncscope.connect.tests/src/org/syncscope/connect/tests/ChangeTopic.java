package org.syncscope.connect.tests;

import java.io.IOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;

import org.apache.kafka.clients.consumer.Consumer;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.common.TopicPartition;
import org.syncscope.kafka.KafkaClients;
import org.syncscope.kafka.broker.LocalKafkaBroker;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * Reads a topic of change events from its beginning, as JSON (the worker's JSON converter), for assertions
 * on what a connector wrote. Tombstones (null values) are kept as JSON nulls.
 */
final class ChangeTopic implements AutoCloseable {

	private static final ObjectMapper JSON = new ObjectMapper();

	private final Consumer<byte[], byte[]> consumer;
	private final List<JsonNode> values = new ArrayList<>();

	ChangeTopic(LocalKafkaBroker broker, String topic) {
		this.consumer = KafkaClients.bytesConsumer(KafkaClients.config(broker.bootstrapServers(),
				Map.of(ConsumerConfig.ISOLATION_LEVEL_CONFIG, "read_committed")));
		TopicPartition partition = new TopicPartition(topic, 0);
		consumer.assign(List.of(partition));
		consumer.seekToBeginning(List.of(partition));
	}

	/**
	 * Reads on until {@code done} holds for all values read so far, or {@code timeout} passes; returns them.
	 */
	List<JsonNode> readUntil(Predicate<List<JsonNode>> done, Duration timeout) throws IOException {
		long deadline = System.nanoTime() + timeout.toNanos();
		while (!done.test(values) && System.nanoTime() < deadline) {
			for (ConsumerRecord<byte[], byte[]> record : consumer.poll(Duration.ofMillis(200))) {
				values.add(record.value() == null ? JSON.nullNode() : JSON.readTree(record.value()));
			}
		}
		return List.copyOf(values);
	}

	/** The {@code id} of the row a change event (with its schema envelope) is about; -1 for a tombstone. */
	static int rowId(JsonNode event) {
		JsonNode payload = event.path("payload");
		JsonNode row = payload.path("after").isObject() ? payload.path("after") : payload.path("before");
		return row.path("id").asInt(-1);
	}

	@Override
	public void close() {
		consumer.close();
	}
}
