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

	/**
	 * The ports of the broker's listeners; the authenticated ones are 0 when the broker has none.
	 *
	 * @param plaintext     the clients' plaintext listener (the harness's, a super user)
	 * @param controller    the KRaft controller's listener
	 * @param saslPlaintext SASL_PLAINTEXT with SCRAM
	 * @param ssl           SSL
	 * @param saslSsl       SASL_SSL with SCRAM
	 */
	record Ports(int plaintext, int controller, int saslPlaintext, int ssl, int saslSsl) {
	}

	/**
	 * Ports recorded at an earlier start, else newly chosen ones (0 means any free port), recorded: the
	 * formatted metadata names the controller's address.
	 */
	Ports ports(int wantedPort, int wantedControllerPort, boolean secured) throws IOException {
		Path file = root.resolve("ports.properties");
		Properties recorded = Files.exists(file) ? load(file) : new Properties();
		Ports ports = new Ports(port(recorded, "port", wantedPort), port(recorded, "controller.port",
				wantedControllerPort), secured ? port(recorded, "sasl.plaintext.port", 0) : 0,
				secured ? port(recorded, "ssl.port", 0) : 0, secured ? port(recorded, "sasl.ssl.port", 0) : 0);
		store(recorded, file, "Ports of this broker; the formatted metadata records the controller's address");
		return ports;
	}

	private static int port(Properties recorded, String key, int wanted) throws IOException {
		String known = recorded.getProperty(key);
		if (known != null) {
			return Integer.parseInt(known);
		}
		int chosen = wanted > 0 ? wanted : freePort();
		recorded.setProperty(key, Integer.toString(chosen));
		return chosen;
	}

	/**
	 * Writes the KRaft combined-mode configuration: one node, broker and controller, on loopback only, with
	 * the authenticated listeners and an authorizer when {@code security} is given (else null).
	 */
	void writeConfiguration(Ports ports, BrokerSecurity security) throws IOException {
		int port = ports.plaintext();
		int controllerPort = ports.controller();
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
		if (security != null) {
			secure(server, ports, security);
		}
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

	/** Adds SASL_PLAINTEXT, SSL and SASL_SSL listeners with SCRAM and TLS, and the standard authorizer. */
	private static void secure(Properties server, Ports ports, BrokerSecurity security) {
		server.setProperty("listeners", server.getProperty("listeners") + ",SASL_PLAINTEXT://" + HOST + ":"
				+ ports.saslPlaintext() + ",SSL://" + HOST + ":" + ports.ssl() + ",SASL_SSL://" + HOST + ":"
				+ ports.saslSsl());
		server.setProperty("advertised.listeners", server.getProperty("advertised.listeners")
				+ ",SASL_PLAINTEXT://" + HOST + ":" + ports.saslPlaintext() + ",SSL://" + HOST + ":" + ports.ssl()
				+ ",SASL_SSL://" + HOST + ":" + ports.saslSsl());
		server.setProperty("listener.security.protocol.map", server.getProperty("listener.security.protocol.map")
				+ ",SASL_PLAINTEXT:SASL_PLAINTEXT,SSL:SSL,SASL_SSL:SASL_SSL");
		server.setProperty("sasl.enabled.mechanisms", BrokerSecurity.SCRAM_MECHANISM);
		String scram = "org.apache.kafka.common.security.scram.ScramLoginModule required;";
		server.setProperty("listener.name.sasl_plaintext.scram-sha-512.sasl.jaas.config", scram);
		server.setProperty("listener.name.sasl_ssl.scram-sha-512.sasl.jaas.config", scram);
		server.setProperty("ssl.keystore.type", "PKCS12");
		server.setProperty("ssl.keystore.location", security.keystore().toString());
		server.setProperty("ssl.keystore.password", security.keystorePassword());
		server.setProperty("ssl.key.password", security.keystorePassword());
		server.setProperty("ssl.client.auth", "none");
		server.setProperty("authorizer.class.name", "org.apache.kafka.metadata.authorizer.StandardAuthorizer");
		// the plaintext and controller listeners (no authentication) act as the broker's own administrator
		server.setProperty("super.users", "User:ANONYMOUS");
		server.setProperty("allow.everyone.if.no.acl.found", "false");
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
