package org.syncscope.simulator.demo;

import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;

import org.syncscope.kafka.broker.BrokerException;
import org.syncscope.kafka.broker.BrokerSettings;
import org.syncscope.kafka.broker.LocalKafkaBroker;

/**
 * The well-known ports the demos prefer on 127.0.0.1 (Kafka's 9092, Kafka Connect's 8083), so that a user's
 * own tools find them where they would look first; any free port when one is taken.
 */
public final class DemoPorts {

	/** Kafka's usual client port. */
	public static final int KAFKA = 9092;
	/** Kafka Connect's usual REST port. */
	public static final int CONNECT = 8083;

	private DemoPorts() {
	}

	/** Starts the demo broker with its data in {@code brokerData}: on 9092 at its first start if that is free. */
	public static LocalKafkaBroker startBroker(Path brokerData, Path brokerLib) throws BrokerException {
		BrokerSettings settings = BrokerSettings.of(brokerLib, brokerData);
		if (!Files.exists(brokerData) && isFree(KAFKA)) {
			settings = settings.withPort(KAFKA);
		}
		return LocalKafkaBroker.start(settings);
	}

	/** {@code port} when nothing listens on it on 127.0.0.1, else 0 (any free port). */
	public static int preferred(int port) {
		return isFree(port) ? port : 0;
	}

	private static boolean isFree(int port) {
		try (ServerSocket socket = new ServerSocket(port, 1, InetAddress.getByName("127.0.0.1"))) {
			return true;
		} catch (IOException inUse) {
			return false;
		}
	}
}
