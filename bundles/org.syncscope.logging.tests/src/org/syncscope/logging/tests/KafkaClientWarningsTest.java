package org.syncscope.logging.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.IOException;
import java.net.ServerSocket;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutionException;

import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.eclipse.core.runtime.ILogListener;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.Platform;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.slf4j.LoggerFactory;
import org.syncscope.logging.PlatformLoggerFactory;

/**
 * A real Kafka client that cannot reach its broker: its warnings reach the platform log (which the Log part
 * shows), once, however often it retries.
 */
class KafkaClientWarningsTest {

	private final List<IStatus> logged = new CopyOnWriteArrayList<>();
	private final ILogListener listener = (status, plugin) -> logged.add(status);

	@BeforeEach
	void listen() {
		Platform.addLogListener(listener);
	}

	@AfterEach
	void stopListening() {
		Platform.removeLogListener(listener);
	}

	@Test
	void theKafkaClientsLogThroughThePlatformLog() {
		assertInstanceOf(PlatformLoggerFactory.class, LoggerFactory.getILoggerFactory());
	}

	@Test
	void aClientRetryingAnAbsentBrokerLogsItsWarningOnce() throws IOException {
		int closedPort = closedPort();
		try (Admin admin = Admin.create(Map.of(
				AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, "127.0.0.1:" + closedPort,
				AdminClientConfig.RECONNECT_BACKOFF_MS_CONFIG, 20,
				AdminClientConfig.RECONNECT_BACKOFF_MAX_MS_CONFIG, 20,
				AdminClientConfig.DEFAULT_API_TIMEOUT_MS_CONFIG, 3_000,
				AdminClientConfig.REQUEST_TIMEOUT_MS_CONFIG, 3_000))) {
			// The call fails only after about 150 attempts to connect, 20 ms apart.
			assertThrows(ExecutionException.class, () -> admin.describeCluster().clusterId().get());
		}
		List<IStatus> refused = logged.stream()
				.filter(s -> s.getMessage().contains("127.0.0.1:" + closedPort)
						&& s.getMessage().contains("could not be established"))
				.toList();
		assertEquals(1, refused.size(), () -> "connection warnings logged: " + refused);
		assertEquals(IStatus.WARNING, refused.get(0).getSeverity());
		assertEquals("org.apache.kafka.clients.NetworkClient", refused.get(0).getPlugin());
	}

	private static int closedPort() throws IOException {
		try (ServerSocket socket = new ServerSocket(0, 1, java.net.InetAddress.getLoopbackAddress())) {
			return socket.getLocalPort();
		}
	}
}
