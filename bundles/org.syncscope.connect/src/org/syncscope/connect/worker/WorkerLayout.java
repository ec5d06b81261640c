package org.syncscope.connect.worker;

import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Properties;
import java.util.stream.Collectors;

/**
 * The files of a local Connect worker inside its data directory: the worker configuration (distributed mode
 * on the given broker, REST on 127.0.0.1 only), the logging configuration and the worker's console log.
 */
final class WorkerLayout {

	static final String HOST = "127.0.0.1";

	private final Path root;

	WorkerLayout(Path root) {
		this.root = root;
	}

	Path workerProperties() {
		return root.resolve("worker.properties");
	}

	Path loggingProperties() {
		return root.resolve("log4j2.properties");
	}

	Path consoleLog() {
		return root.resolve("worker.log");
	}

	/**
	 * Writes the distributed worker's configuration: its group and the three storage topics named after it
	 * (one replica each, on the single local broker), the JSON converter Connect uses by default, the REST
	 * listener on {@code restPort} of 127.0.0.1 and the plug-in folders.
	 */
	void writeConfiguration(ConnectWorkerSettings settings, int restPort) throws IOException {
		Files.createDirectories(root);
		Properties worker = new Properties();
		worker.setProperty("bootstrap.servers", settings.bootstrapServers());
		worker.setProperty("group.id", settings.groupId());
		for (String storage : List.of("config", "offset", "status")) {
			worker.setProperty(storage + ".storage.topic", settings.groupId() + "-" + storage + "s");
			worker.setProperty(storage + ".storage.replication.factor", "1");
		}
		worker.setProperty("offset.storage.partitions", "5");
		worker.setProperty("status.storage.partitions", "1");
		worker.setProperty("key.converter", "org.apache.kafka.connect.json.JsonConverter");
		worker.setProperty("value.converter", "org.apache.kafka.connect.json.JsonConverter");
		worker.setProperty("offset.flush.interval.ms", "1000");
		worker.setProperty("listeners", "http://" + HOST + ":" + restPort);
		worker.setProperty("rest.advertised.host.name", HOST);
		worker.setProperty("rest.advertised.port", Integer.toString(restPort));
		worker.setProperty("plugin.path", settings.pluginPath().stream().map(Path::toString)
				.collect(Collectors.joining(",")));
		// every plug-in shipped here declares its connectors for the ServiceLoader: no slow class scan
		worker.setProperty("plugin.discovery", "service_load");
		// a worker that leaves (stopped, killed) hands its connectors on after this long
		worker.setProperty("scheduled.rebalance.max.delay.ms", "10000");
		try (var writer = Files.newBufferedWriter(workerProperties(), StandardCharsets.UTF_8)) {
			worker.store(writer, "Kafka Connect worker started by SyncScope");
		}
		Files.write(loggingProperties(), List.of(
				"status = warn",
				"appender.out.type = Console",
				"appender.out.name = out",
				"appender.out.layout.type = PatternLayout",
				"appender.out.layout.pattern = [%d] %p %m (%c)%n",
				"rootLogger.level = INFO",
				"rootLogger.appenderRef.out.ref = out",
				"logger.clients.name = org.apache.kafka.clients",
				"logger.clients.level = WARN",
				"logger.reflections.name = org.reflections",
				"logger.reflections.level = ERROR"), StandardCharsets.UTF_8);
	}

	static int freePort() throws IOException {
		try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getByName(HOST))) {
			return socket.getLocalPort();
		}
	}
}
