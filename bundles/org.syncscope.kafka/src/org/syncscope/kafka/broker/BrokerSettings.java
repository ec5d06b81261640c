package org.syncscope.kafka.broker;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Objects;

/**
 * How to start a {@link LocalKafkaBroker}: where the broker jars are (not OSGi bundles: they run in a child
 * JVM), where its data lives, which ports it binds on 127.0.0.1 (0 picks a free one; a restarted broker
 * keeps the ports recorded with its data), the process it lives no longer than ({@code owner}, a process
 * id: this JVM unless told otherwise), and its authenticated listeners ({@code security}; null: plaintext
 * only).
 */
public record BrokerSettings(Path libDirectory, Path dataDirectory, int port, int controllerPort,
		Duration startTimeout, String javaCommand, long owner, BrokerSecurity security) {

	/** Default time for a broker to format, start and answer. */
	public static final Duration DEFAULT_START_TIMEOUT = Duration.ofSeconds(90);

	public BrokerSettings {
		Objects.requireNonNull(libDirectory, "libDirectory");
		Objects.requireNonNull(dataDirectory, "dataDirectory");
		Objects.requireNonNull(startTimeout, "startTimeout");
		Objects.requireNonNull(javaCommand, "javaCommand");
	}

	/** Free ports, the default timeout and the Java that runs this JVM. */
	public static BrokerSettings of(Path libDirectory, Path dataDirectory) {
		return new BrokerSettings(libDirectory, dataDirectory, 0, 0, DEFAULT_START_TIMEOUT, currentJava(),
				ProcessHandle.current().pid(), null);
	}

	/** The same settings with a fixed client port (the controller port stays free unless recorded). */
	public BrokerSettings withPort(int newPort) {
		return new BrokerSettings(libDirectory, dataDirectory, newPort, controllerPort, startTimeout, javaCommand,
				owner, security);
	}

	/** The same settings for a broker that stops when process {@code pid} ends. */
	public BrokerSettings withOwner(long pid) {
		return new BrokerSettings(libDirectory, dataDirectory, port, controllerPort, startTimeout, javaCommand, pid,
				security);
	}

	/** The same settings for a broker with authenticated listeners beside its plaintext one. */
	public BrokerSettings withSecurity(BrokerSecurity newSecurity) {
		return new BrokerSettings(libDirectory, dataDirectory, port, controllerPort, startTimeout, javaCommand, owner,
				newSecurity);
	}

	private static String currentJava() {
		return ProcessHandle.current().info().command()
				.orElse(Path.of(System.getProperty("java.home"), "bin", "java").toString());
	}
}
