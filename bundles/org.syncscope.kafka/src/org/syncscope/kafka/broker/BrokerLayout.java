package org.syncscope.kafka.broker;

import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Properties;

import org.apache.kafka.common.Uuid;

/**
 * The files of a local single-node KRaft broker inside its data directory: the server and logging
 * configuration, the log directory, the broker's console log, and the ports chosen at the first start,
 * which a restart must reuse because the formatted metadata records the controller's address.
 */
final class BrokerLayout {

	/** The only address the broker listens on. */
	static final String HOST = "127.0.0.1";

	private final Path root;

	BrokerLayout(Path root) {
		this.root = root;
	}

	Path serverProperties() {
		return root.resolve("server.properties");
	}

	Path loggingProperties() {
		return root.resolve("log4j2.properties");
	}

	Path consoleLog() {
		return root.resolve("broker.log");
	}

	Path logDirectory() {
		return root.resolve("kraft-logs");
	}

	boolean isFormatted() {
		return Files.exists(logDirectory().resolve("meta.properties"));
	}

	/** Ports recorded at the first start, or newly chosen ones (0 means any free port). */
	int[] ports(int wantedPort, int wantedControllerPort) throws IOException {
		Path recorded = root.resolve("ports.properties");
		if (Files.exists(recorded)) {
			Properties ports = load(recorded);
			return new int[] { Integer.parseInt(ports.getProperty("port")),
					Integer.parseInt(ports.getProperty("controller.port")) };
		}
		int port = wantedPort > 0 ? wantedPort : freePort();
		int controllerPort = wantedControllerPort > 0 ? wantedControllerPort : freePort();
		Properties ports = new Properties();
		ports.setProperty("port", Integer.toString(port));
		ports.setProperty("controller.port", Integer.toString(controllerPort));
		store(ports, recorded, "Ports of this broker; the formatted metadata records the controller's address");
		return new int[] { port, controllerPort };
	}

	/** Writes the KRaft combined-mode configuration: one node, broker and controller, on loopback only. */
	void writeConfiguration(int port, int controllerPort) throws IOException {
		Files.createDirectories(logDirectory());
		Properties server = new Properties();
		server.setProperty("process.roles", "broker,controller");
		server.setProperty("node.id", "1");
		server.setProperty("controller.quorum.bootstrap.servers", HOST + ":" + controllerPort);
		server.setProperty("listeners", "PLAINTEXT://" + HOST + ":" + port + ",CONTROLLER://" + HOST + ":" + controllerPort);
		server.setProperty("advertised.listeners", "PLAINTEXT://" + HOST + ":" + port);
		server.setProperty("controller.listener.names", "CONTROLLER");
		server.setProperty("inter.broker.listener.name", "PLAINTEXT");
		server.setProperty("listener.security.protocol.map", "PLAINTEXT:PLAINTEXT,CONTROLLER:PLAINTEXT");
		server.setProperty("log.dirs", logDirectory().toString());
		server.setProperty("num.partitions", "1");
		server.setProperty("offsets.topic.replication.factor", "1");
		server.setProperty("offsets.topic.num.partitions", "10");
		server.setProperty("transaction.state.log.replication.factor", "1");
		server.setProperty("transaction.state.log.min.isr", "1");
		server.setProperty("transaction.state.log.num.partitions", "4");
		server.setProperty("share.coordinator.state.topic.replication.factor", "1");
		server.setProperty("share.coordinator.state.topic.min.isr", "1");
		server.setProperty("group.initial.rebalance.delay.ms", "0");
		server.setProperty("auto.create.topics.enable", "false");
		store(server, serverProperties(), "Single-node KRaft broker started by SyncScope");
		Files.write(loggingProperties(), List.of(
				"status = warn",
				"appender.out.type = Console",
				"appender.out.name = out",
				"appender.out.layout.type = PatternLayout",
				"appender.out.layout.pattern = [%d] %p %m (%c)%n",
				"rootLogger.level = INFO",
				"rootLogger.appenderRef.out.ref = out",
				"logger.chatty.name = org.apache.kafka.storage",
				"logger.chatty.level = WARN"), StandardCharsets.UTF_8);
	}

	static String newClusterId() {
		return Uuid.randomUuid().toString();
	}

	static String bootstrapServers(int port) {
		return HOST + ":" + port;
	}

	private static int freePort() throws IOException {
		try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getByName(HOST))) {
			socket.setReuseAddress(true);
			return socket.getLocalPort();
		}
	}

	private static Properties load(Path file) throws IOException {
		Properties properties = new Properties();
		try (var reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
			properties.load(reader);
		}
		return properties;
	}

	private static void store(Properties properties, Path file, String comment) throws IOException {
		try (var writer = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
			properties.store(writer, comment);
		}
	}
}
