package org.syncscope.connect.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.syncscope.jdbc.postgres.OriginStamp;
import org.syncscope.kafka.broker.LocalKafkaBroker;
import org.syncscope.testing.Await;
import org.syncscope.testing.kafka.KafkaBrokerExtension;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * Two regions replicating to each other through the real pipeline: two PostgreSQL clusters, each captured by
 * Debezium and each applied to the other by SyncScope's JDBC sink, all in one real Connect worker. Rows
 * inserted, updated and deleted in either region arrive in the other, and a change applied by a sink is
 * captured again but not sent back: one update is exactly one change on each region's topic.
 */
@ExtendWith(KafkaBrokerExtension.class)
class TwoWayReplicationTest {

	private static final Duration TIMEOUT = TwoRegionPipeline.TIMEOUT;
	private static final String EU_TOPIC = TwoRegionPipeline.topic("eu");
	private static final String US_TOPIC = TwoRegionPipeline.topic("us");

	private static TwoRegionPipeline pipeline;

	@BeforeAll
	static void startPipeline(LocalKafkaBroker broker) throws Exception {
		pipeline = TwoRegionPipeline.start(broker, "eu", "us");
	}

	@AfterAll
	static void stopPipeline() throws Exception {
		if (pipeline != null) {
			pipeline.close();
		}
	}

	@Test
	void insertsUpdatesAndDeletesArriveInTheOtherRegion() throws Exception {
		pipeline.execute("eu", "INSERT INTO customers (id, name) VALUES (1, 'Ada')");
		awaitName("us", 1, Optional.of("Ada"));
		assertEquals("eu", origin("us", 1), "the replicated row keeps the region it came from");

		pipeline.execute("us", "UPDATE customers SET name = 'Ada Lovelace' WHERE id = 1");
		awaitName("eu", 1, Optional.of("Ada Lovelace"));
		assertEquals("us", origin("eu", 1));

		pipeline.execute("eu", "DELETE FROM customers WHERE id = 1");
		awaitName("us", 1, Optional.empty());

		pipeline.execute("us", "INSERT INTO customers (id, name) VALUES (2, 'Grace')");
		awaitName("eu", 2, Optional.of("Grace"));
		pipeline.execute("us", "DELETE FROM customers WHERE id = 2");
		awaitName("eu", 2, Optional.empty());
	}

	@Test
	void oneUpdateIsOneChangeOnEachTopic(LocalKafkaBroker broker) throws Exception {
		pipeline.execute("eu", "INSERT INTO customers (id, name) VALUES (10, 'Edsger')");
		awaitName("us", 10, Optional.of("Edsger"));
		pipeline.execute("eu", "UPDATE customers SET name = 'Edsger Dijkstra' WHERE id = 10");
		awaitName("us", 10, Optional.of("Edsger Dijkstra"));

		// A fence: a row written in the US after the update was applied there. The US topic has it after the
		// applied update; the EU sink applies it after anything it would have applied of the update, and EU's
		// capture writes it after any such echo. So once the fence is on a topic, every change of row 10 that
		// will ever be on that topic before it is there.
		pipeline.execute("us", "INSERT INTO customers (id, name) VALUES (11, 'Fence')");
		try (ChangeTopic euTopic = new ChangeTopic(broker, EU_TOPIC);
				ChangeTopic usTopic = new ChangeTopic(broker, US_TOPIC)) {
			List<JsonNode> euEvents = euTopic.readUntil(events -> containsRow(events, 11), TIMEOUT);
			List<JsonNode> usEvents = usTopic.readUntil(events -> containsRow(events, 11), TIMEOUT);
			assertEquals(List.of("c", "u"), operationsOnRow(euEvents, 10), "EU's own insert and update, no echo");
			assertEquals(List.of("c", "u"), operationsOnRow(usEvents, 10), "the applied insert and update, once");
			assertTrue(containsRow(euEvents, 11) && containsRow(usEvents, 11));
		}
	}

	private static void awaitName(String region, int id, Optional<String> name) {
		Await.until("row " + id + " to be " + name.orElse("gone") + " in " + region, TIMEOUT,
				() -> name.equals(pipeline.query(region, "SELECT name FROM customers WHERE id = " + id)));
	}

	private static String origin(String region, int id) {
		return pipeline.query(region, "SELECT " + OriginStamp.COLUMN + " FROM customers WHERE id = " + id)
				.orElseThrow();
	}

	private static boolean containsRow(List<JsonNode> events, int id) {
		return events.stream().anyMatch(event -> ChangeTopic.rowId(event) == id);
	}

	private static List<String> operationsOnRow(List<JsonNode> events, int id) {
		return events.stream().filter(event -> ChangeTopic.rowId(event) == id)
				.map(event -> event.path("payload").path("op").asText()).toList();
	}
}
