package org.syncscope.testing.connect;

import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;

import org.syncscope.connect.worker.ConnectWorkerException;
import org.syncscope.connect.worker.ConnectWorkerSettings;
import org.syncscope.connect.worker.LocalConnectWorker;
import org.syncscope.kafka.broker.LocalKafkaBroker;
import org.syncscope.testing.TestOutput;

/**
 * Starts real Kafka Connect workers for tests, from the jars and plug-in folders the build names (a test
 * bundle holding a {@code connect-worker.marker} file gets them; see the parent pom), each in a fresh folder
 * under {@code target/scratch} and a Connect group of its own on the given broker.
 */
public final class ConnectWorkers {

	/** System property the build sets to the folder of the worker's jars. */
	public static final String LIB_PROPERTY = "syncscope.connect.lib";
	/** System property the build sets to the plug-in folders, comma-separated. */
	public static final String PLUGINS_PROPERTY = "syncscope.connect.plugins";

	private ConnectWorkers() {
	}

	/** Settings of a worker in group {@code group} on {@code broker}, owned by this JVM. */
	public static ConnectWorkerSettings settings(LocalKafkaBroker broker, String group) {
		return ConnectWorkerSettings.of(libDirectory(), pluginPath(), TestOutput.scratchFolder("connect-" + group + "-"),
				broker.bootstrapServers()).withGroup(group);
	}

	/** The worker's jars, as the build names them. */
	public static Path libDirectory() {
		return Path.of(required(LIB_PROPERTY));
	}

	/** The plug-in folders, as the build names them. */
	public static List<Path> pluginPath() {
		return Arrays.stream(required(PLUGINS_PROPERTY).split(",")).map(String::strip).filter(path -> !path.isEmpty())
				.map(Path::of).toList();
	}

	/** Starts a worker in group {@code group} on {@code broker}. */
	public static LocalConnectWorker start(LocalKafkaBroker broker, String group) throws ConnectWorkerException {
		return LocalConnectWorker.start(settings(broker, group));
	}

	private static String required(String property) {
		String value = System.getProperty(property);
		if (value == null) {
			throw new IllegalStateException("System property " + property
					+ " is not set: put a connect-worker.marker file in the test bundle so the build passes it");
		}
		return value;
	}
}
