package org.syncscope.connect.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.NewTopic;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.syncscope.connect.pipeline.ConnectorConfigs;
import org.syncscope.connect.rest.ConnectClient;
import org.syncscope.connect.worker.LocalConnectWorker;
import org.syncscope.jdbc.postgres.LocalPostgres;
import org.syncscope.jdbc.postgres.OriginStamp;
import org.syncscope.kafka.KafkaClients;
import org.syncscope.kafka.broker.LocalKafkaBroker;
import org.syncscope.testing.Await;
import org.syncscope.testing.TestOutput;
import org.syncscope.testing.connect.ConnectWorkers;
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

	private static final Duration TIMEOUT = Duration.ofSeconds(90);
	private static final String TABLE = "public.customers";
	private static final String EU_TOPIC = ConnectorConfigs.topic("eu", TABLE);
	private static final String US_TOPIC = ConnectorConfigs.topic("us", TABLE);

	private static LocalPostgres eu;
	private static LocalPostgres us;
	private static LocalConnectWorker worker;

	@BeforeAll
	static void startPipeline(LocalKafkaBroker broker) throws Exception {
		eu = region("eu");
		us = region("us");
		try (Admin admin = KafkaClients.admin(KafkaClients.config(broker.bootstrapServers(), Map.of()))) {
			admin.createTopics(List.of(new NewTopic(EU_TOPIC, 1, (short) 1), new NewTopic(US_TOPIC, 1, (short) 1)))
					.all().get();
		}
		worker = ConnectWorkers.start(broker, "two-way");
		ConnectClient client = worker.client();
		client.putConnector("eu-source", source("eu", eu));
		client.putConnector("us-source", source("us", us));
		client.putConnector("eu-to-us", ConnectorConfigs.syncscopeJdbcSink(List.of(EU_TOPIC), us.jdbcUrl("shop"),
				LocalPostgres.SUPERUSER, "us"));
		client.putConnector("us-to-eu", ConnectorConfigs.syncscopeJdbcSink(List.of(US_TOPIC), eu.jdbcUrl("shop"),
				LocalPostgres.SUPERUSER, "eu"));
		for (String connector : List.of("eu-source", "us-source", "eu-to-us", "us-to-eu")) {
			ConnectorProbes.awaitRunning(client, connector, TIMEOUT);
		}
	}

	@AfterAll
	static void stopPipeline() throws Exception {
		if (worker != null) {
			worker.close();
		}
		for (LocalPostgres region : new LocalPostgres[] { eu, us }) {
			if (region != null) {
				region.close();
			}
		}
	}

	@Test
	void insertsUpdatesAndDeletesArriveInTheOtherRegion() throws Exception {
		execute(eu, "INSERT INTO customers (id, name) VALUES (1, 'Ada')");
		awaitName(us, 1, Optional.of("Ada"));
		assertEquals("eu", origin(us, 1), "the replicated row keeps the region it came from");

		execute(us, "UPDATE customers SET name = 'Ada Lovelace' WHERE id = 1");
		awaitName(eu, 1, Optional.of("Ada Lovelace"));
		assertEquals("us", origin(eu, 1));

		execute(eu, "DELETE FROM customers WHERE id = 1");
		awaitName(us, 1, Optional.empty());

		execute(us, "INSERT INTO customers (id, name) VALUES (2, 'Grace')");
		awaitName(eu, 2, Optional.of("Grace"));
		execute(us, "DELETE FROM customers WHERE id = 2");
		awaitName(eu, 2, Optional.empty());
	}

	@Test
	void oneUpdateIsOneChangeOnEachTopic(LocalKafkaBroker broker) throws Exception {
		execute(eu, "INSERT INTO customers (id, name) VALUES (10, 'Edsger')");
		awaitName(us, 10, Optional.of("Edsger"));
		execute(eu, "UPDATE customers SET name = 'Edsger Dijkstra' WHERE id = 10");
		awaitName(us, 10, Optional.of("Edsger Dijkstra"));

		// A fence: a row written in the US after the update was applied there. The US topic has it after the
		// applied update; the EU sink applies it after anything it would have applied of the update, and EU's
		// capture writes it after any such echo. So once the fence is on a topic, every change of row 10 that
		// will ever be on that topic before it is there.
		execute(us, "INSERT INTO customers (id, name) VALUES (11, 'Fence')");
		try (ChangeTopic euTopic = new ChangeTopic(broker, EU_TOPIC); ChangeTopic usTopic = new ChangeTopic(broker, US_TOPIC)) {
			List<JsonNode> euEvents = euTopic.readUntil(events -> containsRow(events, 11), TIMEOUT);
			List<JsonNode> usEvents = usTopic.readUntil(events -> containsRow(events, 11), TIMEOUT);
			assertEquals(List.of("c", "u"), operationsOnRow(euEvents, 10), "EU's own insert and update, no echo");
			assertEquals(List.of("c", "u"), operationsOnRow(usEvents, 10), "the applied insert and update, once");
			assertTrue(containsRow(euEvents, 11) && containsRow(usEvents, 11));
		}
	}

	private static LocalPostgres region(String name) throws Exception {
		LocalPostgres region = LocalPostgres.start(TestOutput.scratchFolder("pg-two-way-" + name + "-").resolve("data"));
		region.createDatabase("shop");
		try (Connection connection = region.connect("shop"); Statement statement = connection.createStatement()) {
			statement.execute("CREATE TABLE customers (id INT PRIMARY KEY, name TEXT NOT NULL)");
			OriginStamp.install(connection, name, "public", "customers");
		}
		return region;
	}

	private static Map<String, String> source(String name, LocalPostgres region) {
		return ConnectorConfigs.debeziumPostgresSource(name, "127.0.0.1", region.port(), LocalPostgres.SUPERUSER,
				"shop", List.of(TABLE));
	}

	private static void execute(LocalPostgres region, String sql) throws SQLException {
		try (Connection connection = region.connect("shop"); Statement statement = connection.createStatement()) {
			statement.execute(sql);
		}
	}

	private static void awaitName(LocalPostgres region, int id, Optional<String> name) {
		Await.until("row " + id + " to be " + name.orElse("gone") + " in the region on port " + region.port(), TIMEOUT,
				() -> name.equals(query(region, "SELECT name FROM customers WHERE id = " + id)));
	}

	private static String origin(LocalPostgres region, int id) {
		return query(region, "SELECT " + OriginStamp.COLUMN + " FROM customers WHERE id = " + id).orElseThrow();
	}

	private static Optional<String> query(LocalPostgres region, String sql) {
		try (Connection connection = region.connect("shop"); Statement statement = connection.createStatement();
				ResultSet result = statement.executeQuery(sql)) {
			return result.next() ? Optional.of(result.getString(1)) : Optional.empty();
		} catch (SQLException e) {
			throw new AssertionError(sql + ": " + e.getMessage(), e);
		}
	}

	private static boolean containsRow(List<JsonNode> events, int id) {
		return events.stream().anyMatch(event -> rowId(event) == id);
	}

	private static List<String> operationsOnRow(List<JsonNode> events, int id) {
		return events.stream().filter(event -> rowId(event) == id)
				.map(event -> event.path("payload").path("op").asText()).toList();
	}

	private static int rowId(JsonNode event) {
		JsonNode payload = event.path("payload");
		JsonNode row = payload.path("after").isObject() ? payload.path("after") : payload.path("before");
		return row.path("id").asInt(-1);
	}
}
