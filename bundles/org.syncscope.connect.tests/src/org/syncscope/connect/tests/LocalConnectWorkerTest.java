package org.syncscope.connect.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.syncscope.connect.rest.ConnectClient;
import org.syncscope.connect.rest.ConnectRestException;
import org.syncscope.connect.worker.LocalConnectWorker;
import org.syncscope.kafka.broker.LocalKafkaBroker;
import org.syncscope.testing.Await;
import org.syncscope.testing.connect.ConnectWorkers;
import org.syncscope.testing.kafka.KafkaBrokerExtension;

/**
 * A real Kafka Connect worker (connect-runtime from Maven Central in a child JVM) on the local broker: it
 * answers on 127.0.0.1 with the broker's Kafka version and Debezium's PostgreSQL connector loaded, it is
 * gone with its owner, and a client of a stopped worker says it cannot connect.
 */
@ExtendWith(KafkaBrokerExtension.class)
class LocalConnectWorkerTest {

	private static final Duration TIMEOUT = Duration.ofSeconds(60);

	@Test
	void aWorkerAnswersWithItsVersionAndTheDebeziumConnector(LocalKafkaBroker broker) throws Exception {
		try (LocalConnectWorker worker = ConnectWorkers.start(broker, "worker-plugins")) {
			ConnectClient client = worker.client();
			assertEquals("127.0.0.1", worker.restUrl().getHost());
			assertEquals("4.3.2", client.version(), "the Kafka version Debezium 3.6.1 is built for");
			assertTrue(client.connectorPlugins().contains("io.debezium.connector.postgresql.PostgresConnector"),
					() -> "plug-ins: " + plugins(client));
			assertTrue(client.connectors().isEmpty());
		}
	}

	@Test
	void aStoppedWorkerIsReportedUnreachable(LocalKafkaBroker broker) throws Exception {
		LocalConnectWorker worker = ConnectWorkers.start(broker, "worker-stopped");
		ConnectClient client = worker.client();
		worker.close();
		assertFalse(worker.isRunning());
		assertFalse(client.isHealthy());
		ConnectRestException unreachable = assertThrows(ConnectRestException.class, client::connectors);
		assertTrue(unreachable.isUnreachable());
		assertEquals("Cannot connect to Kafka Connect at 127.0.0.1:" + worker.restUrl().getPort()
				+ ": Connection refused", unreachable.getMessage());
	}

	@Test
	void aWorkerWhoseOwnerIsKilledStops(LocalKafkaBroker broker) throws Exception {
		Process owner = new ProcessBuilder("sleep", "600").start();
		try {
			LocalConnectWorker worker = LocalConnectWorker
					.start(ConnectWorkers.settings(broker, "worker-owned").withOwner(owner.pid()));
			try {
				assertTrue(worker.client().isHealthy());
				owner.destroyForcibly().waitFor();
				Await.until("the worker to stop after its owner was killed", TIMEOUT,
						() -> !worker.isRunning() && !worker.client().isHealthy());
			} finally {
				worker.close();
			}
		} finally {
			owner.destroyForcibly();
		}
	}

	private static String plugins(ConnectClient client) {
		try {
			return client.connectorPlugins().toString();
		} catch (ConnectRestException e) {
			return e.getMessage();
		}
	}
}
