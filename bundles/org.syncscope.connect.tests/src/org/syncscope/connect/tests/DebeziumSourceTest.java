package org.syncscope.connect.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.sql.Connection;
import java.sql.Statement;
import java.time.Duration;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.syncscope.connect.pipeline.ConnectorConfigs;
import org.syncscope.connect.rest.ConnectClient;
import org.syncscope.connect.rest.ConnectRestException;
import org.syncscope.connect.rest.ConnectState;
import org.syncscope.connect.worker.LocalConnectWorker;
import org.syncscope.jdbc.postgres.LocalPostgres;
import org.syncscope.kafka.broker.LocalKafkaBroker;
import org.syncscope.testing.Await;
import org.syncscope.testing.TestOutput;
import org.syncscope.testing.connect.ConnectWorkers;
import org.syncscope.testing.kafka.KafkaBrokerExtension;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * Debezium's PostgreSQL source connector (pgoutput) in a real worker, capturing a real PostgreSQL cluster:
 * an insert, an update and a delete arrive as change events with their before and after images; the REST
 * client reports, pauses and resumes it; a configuration Debezium rejects (a database it cannot reach) comes
 * back with Debezium's reason and creates nothing.
 */
@ExtendWith(KafkaBrokerExtension.class)
class DebeziumSourceTest {

	private static final Duration TIMEOUT = Duration.ofSeconds(90);
	private static final String CONNECTOR = "capture-source";

	private static LocalPostgres region;
	private static LocalConnectWorker worker;

	@BeforeAll
	static void startRegionAndWorker(LocalKafkaBroker broker) throws Exception {
		region = LocalPostgres.start(TestOutput.scratchFolder("pg-debezium-").resolve("data"));
		region.createDatabase("shop");
		try (Connection connection = region.connect("shop"); Statement statement = connection.createStatement()) {
			statement.execute("CREATE TABLE customers (id INT PRIMARY KEY, name TEXT NOT NULL)");
		}
		worker = ConnectWorkers.start(broker, "debezium-source");
	}

	@AfterAll
	static void stop() throws Exception {
		if (worker != null) {
			worker.close();
		}
		if (region != null) {
			region.close();
		}
	}

	@Test
	void insertUpdateAndDeleteArriveAsChangeEvents(LocalKafkaBroker broker) throws Exception {
		ConnectClient client = worker.client();
		client.putConnector(CONNECTOR, sourceConfig("capture"));
		ConnectorProbes.awaitRunning(client, CONNECTOR, TIMEOUT);

		try (Connection connection = region.connect("shop"); Statement statement = connection.createStatement()) {
			statement.execute("INSERT INTO customers VALUES (1, 'Ada')");
			statement.execute("UPDATE customers SET name = 'Ada Lovelace' WHERE id = 1");
			statement.execute("DELETE FROM customers WHERE id = 1");
		}
		try (ChangeTopic topic = new ChangeTopic(broker, "capture.public.customers")) {
			List<JsonNode> events = topic.readUntil(values -> values.size() >= 4, TIMEOUT);
			assertEquals(4, events.size(), () -> "events: " + events);
			JsonNode insert = events.get(0).path("payload");
			assertEquals("c", insert.path("op").asText());
			assertEquals("Ada", insert.path("after").path("name").asText());
			JsonNode update = events.get(1).path("payload");
			assertEquals("u", update.path("op").asText());
			assertEquals("Ada Lovelace", update.path("after").path("name").asText());
			assertEquals("shop", update.path("source").path("db").asText());
			assertEquals("customers", update.path("source").path("table").asText());
			JsonNode delete = events.get(2).path("payload");
			assertEquals("d", delete.path("op").asText());
			assertEquals(1, delete.path("before").path("id").asInt());
			assertTrue(events.get(3).isNull(), "a tombstone follows the delete");
		}

		client.pause(CONNECTOR);
		ConnectorProbes.awaitState(client, CONNECTOR, ConnectState.PAUSED, TIMEOUT);
		client.resume(CONNECTOR);
		ConnectorProbes.awaitRunning(client, CONNECTOR, TIMEOUT);
		client.delete(CONNECTOR);
		Await.until("the connector to be gone", TIMEOUT,
				() -> !ConnectorProbes.connectorsOr(client, List.of(CONNECTOR)).contains(CONNECTOR));
	}

	@Test
	void aConfigurationDebeziumRejectsComesBackWithItsReason() throws Exception {
		int closedPort = closedPort();
		Map<String, String> config = sourceConfig("bad");
		config.put("database.port", Integer.toString(closedPort));
		List<String> problems = worker.client().validate("bad-source", config);
		assertTrue(problems.stream().anyMatch(problem -> problem.contains("127.0.0.1:" + closedPort)),
				() -> "problems: " + problems);
		assertThrows(ConnectRestException.class, () -> worker.client().putConnector("bad-source", config));
		assertFalse(worker.client().connectors().contains("bad-source"), "nothing was created");
		List<String> none = worker.client().validate("good-source", sourceConfig("good"));
		assertTrue(none.isEmpty(), () -> "a reachable database passes, yet: " + none);
	}

	private static int closedPort() throws IOException {
		try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
			return socket.getLocalPort();
		}
	}

	private static Map<String, String> sourceConfig(String prefix) {
		return ConnectorConfigs.debeziumPostgresSource(prefix, "127.0.0.1", region.port(), LocalPostgres.SUPERUSER,
				"shop", List.of("public.customers"));
	}
}
