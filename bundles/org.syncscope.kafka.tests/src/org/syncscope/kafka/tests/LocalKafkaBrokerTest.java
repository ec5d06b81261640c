package org.syncscope.kafka.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.syncscope.kafka.broker.BrokerException;
import org.syncscope.kafka.broker.BrokerSettings;
import org.syncscope.kafka.broker.LocalKafkaBroker;
import org.syncscope.testing.Await;
import org.syncscope.testing.TestOutput;
import org.syncscope.testing.kafka.KafkaBrokerExtension;

/** The local KRaft broker of the test harness and the demo, used through kafka-clients inside OSGi. */
@ExtendWith(KafkaBrokerExtension.class)
class LocalKafkaBrokerTest {

	@Test
	void producesAndConsumesARecordInsideOsgi(LocalKafkaBroker broker) throws Exception {
		KafkaRoundTrip kafka = new KafkaRoundTrip(broker.bootstrapServers());
		kafka.createTopic("smoke.round-trip");

		kafka.produce("smoke.round-trip", "customer-42", "{\"name\":\"Ada\"}");
		List<ConsumerRecord<byte[], byte[]>> records = kafka.consume("smoke.round-trip", "smoke-reader", 1);

		assertEquals(1, records.size());
		assertEquals("customer-42", KafkaRoundTrip.text(records.get(0).key()));
		assertEquals("{\"name\":\"Ada\"}", KafkaRoundTrip.text(records.get(0).value()));
		assertTrue(broker.bootstrapServers().startsWith("127.0.0.1:"), broker.bootstrapServers());
	}

	@Test
	void restartKeepsPortAndDataAndStopFreesThePort() throws Exception {
		BrokerSettings settings = BrokerSettings.of(libDirectory(), TestOutput.scratchFolder("kafka-restart-"));
		int port;
		try (LocalKafkaBroker first = LocalKafkaBroker.start(settings)) {
			port = first.port();
			KafkaRoundTrip kafka = new KafkaRoundTrip(first.bootstrapServers());
			kafka.createTopic("restart.kept");
			kafka.produce("restart.kept", "k", "written before the restart");
		}
		assertTrue(portIsFree(port), "port " + port + " is released after stop");

		try (LocalKafkaBroker second = LocalKafkaBroker.start(settings)) {
			assertEquals(port, second.port());
			List<ConsumerRecord<byte[], byte[]>> records = new KafkaRoundTrip(second.bootstrapServers())
					.consume("restart.kept", "restart-reader", 1);
			assertEquals("written before the restart", KafkaRoundTrip.text(records.get(0).value()));
			second.close();
			assertFalse(second.isRunning());
		}
	}

	@Test
	void brokerShutsDownWhenTheProcessThatStartedItIsKilled() throws Exception {
		// the owner stands for a workbench killed with SIGKILL, which cannot stop its broker itself
		Process owner = new ProcessBuilder("sleep", "600").start();
		BrokerSettings settings = BrokerSettings.of(libDirectory(), TestOutput.scratchFolder("kafka-owned-"))
				.withOwner(owner.pid());
		try (LocalKafkaBroker broker = LocalKafkaBroker.start(settings)) {
			int port = broker.port();
			owner.destroyForcibly().waitFor();
			Await.until("the broker to shut down after its owner was killed", Duration.ofSeconds(60),
					() -> !broker.isRunning());
			assertTrue(portIsFree(port), "port " + port + " is released");
			String console = Files.readString(settings.dataDirectory().resolve("broker.log"));
			assertTrue(console.contains("The process that started this broker has ended"), console);
		} finally {
			owner.destroyForcibly();
		}
	}

	@Test
	void missingBrokerJarsGiveAClearError() {
		Path nowhere = TestOutput.scratchFolder("no-jars-").resolve("lib");
		BrokerException error = assertThrows(BrokerException.class,
				() -> LocalKafkaBroker.start(BrokerSettings.of(nowhere, TestOutput.scratchFolder("kafka-none-"))));
		assertTrue(error.getMessage().contains(nowhere.toString()), error.getMessage());
	}

	private static Path libDirectory() {
		return Path.of(System.getProperty(KafkaBrokerExtension.LIB_PROPERTY));
	}

	private static boolean portIsFree(int port) throws IOException {
		try (ServerSocket socket = new ServerSocket(port, 1, InetAddress.getByName("127.0.0.1"))) {
			return true;
		} catch (java.net.BindException inUse) {
			return false;
		}
	}
}
