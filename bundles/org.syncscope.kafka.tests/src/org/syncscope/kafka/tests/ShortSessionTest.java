package org.syncscope.kafka.tests;

import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;

import org.apache.kafka.clients.consumer.CloseOptions;
import org.apache.kafka.clients.consumer.CloseOptions.GroupMembershipOperation;
import org.apache.kafka.clients.consumer.Consumer;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.syncscope.kafka.KafkaClients;
import org.syncscope.kafka.broker.LocalKafkaBroker;
import org.syncscope.testing.Await;
import org.syncscope.testing.kafka.KafkaBrokerExtension;

/**
 * A killed process's consumer stays a member of its group until its session ends: with the short session
 * SyncScope's readers and the simulator's appliers use, the next start gets its partitions within seconds,
 * not after Kafka's default 45 s.
 */
@ExtendWith(KafkaBrokerExtension.class)
class ShortSessionTest {

	/** Well under Kafka's default session (45 s), well over the short one (6 s) and a rebalance. */
	private static final Duration REJOINED_WITHIN = Duration.ofSeconds(25);

	@Test
	void theNextMemberGetsTheDeadMembersPartitionsWithinTheShortSession(LocalKafkaBroker broker) throws Exception {
		new KafkaRoundTrip(broker.bootstrapServers()).createTopic("short-session");
		Consumer<byte[], byte[]> killed = member(broker);
		awaitAssignment(killed, Duration.ofSeconds(60));
		// as a killed process does: no leave-group request, the member stays until its session expires
		killed.close(CloseOptions.groupMembershipOperation(GroupMembershipOperation.REMAIN_IN_GROUP));

		try (Consumer<byte[], byte[]> next = member(broker)) {
			awaitAssignment(next, REJOINED_WITHIN);
		}
	}

	private static Consumer<byte[], byte[]> member(LocalKafkaBroker broker) {
		Map<String, Object> config = new HashMap<>(KafkaClients.config(broker.bootstrapServers(), Map.of()));
		config.put(ConsumerConfig.GROUP_ID_CONFIG, "short-session-readers");
		Consumer<byte[], byte[]> consumer = KafkaClients.bytesConsumer(KafkaClients.shortSession(config));
		consumer.subscribe(Set.of("short-session"));
		return consumer;
	}

	private static void awaitAssignment(Consumer<byte[], byte[]> consumer, Duration timeout) {
		Await.until("the partition assigned", timeout, () -> {
			consumer.poll(Duration.ofMillis(200));
			return !consumer.assignment().isEmpty();
		});
	}
}
