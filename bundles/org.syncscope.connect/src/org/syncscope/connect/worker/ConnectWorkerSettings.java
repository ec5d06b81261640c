package org.syncscope.connect.worker;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Objects;

/**
 * How to start a {@link LocalConnectWorker}: where the worker's jars are (connect-runtime and its
 * dependencies, not OSGi bundles: they run in a child JVM), the folders of its {@code plugin.path} (one per
 * connector plug-in, each loaded in a class loader of its own), where it keeps its configuration and log, the
 * broker it stores its configs, offsets and statuses in, its Connect group, the REST port on 127.0.0.1 (0
 * picks a free one) and the process it lives no longer than ({@code owner}, a process id: this JVM unless
 * told otherwise).
 */
public record ConnectWorkerSettings(Path libDirectory, List<Path> pluginPath, Path dataDirectory,
		String bootstrapServers, String groupId, int restPort, Duration startTimeout, String javaCommand,
		long owner) {

	/** Default time for a worker to start, join its group and answer healthy. */
	public static final Duration DEFAULT_START_TIMEOUT = Duration.ofSeconds(120);
	/** The Connect group of a worker unless told otherwise. */
	public static final String DEFAULT_GROUP = "syncscope-connect";

	public ConnectWorkerSettings {
		Objects.requireNonNull(libDirectory, "libDirectory");
		pluginPath = List.copyOf(pluginPath);
		Objects.requireNonNull(dataDirectory, "dataDirectory");
		Objects.requireNonNull(bootstrapServers, "bootstrapServers");
		Objects.requireNonNull(groupId, "groupId");
		Objects.requireNonNull(startTimeout, "startTimeout");
		Objects.requireNonNull(javaCommand, "javaCommand");
	}

	/** The default group and timeout, the Java that runs this JVM, owned by this JVM. */
	public static ConnectWorkerSettings of(Path libDirectory, List<Path> pluginPath, Path dataDirectory,
			String bootstrapServers) {
		return new ConnectWorkerSettings(libDirectory, pluginPath, dataDirectory, bootstrapServers, DEFAULT_GROUP, 0,
				DEFAULT_START_TIMEOUT, currentJava(), ProcessHandle.current().pid());
	}

	/** The same settings for a worker in Connect group {@code newGroupId} (its storage topics follow the name). */
	public ConnectWorkerSettings withGroup(String newGroupId) {
		return new ConnectWorkerSettings(libDirectory, pluginPath, dataDirectory, bootstrapServers, newGroupId,
				restPort, startTimeout, javaCommand, owner);
	}

	/** The same settings for a worker that stops when process {@code pid} ends. */
	public ConnectWorkerSettings withOwner(long pid) {
		return new ConnectWorkerSettings(libDirectory, pluginPath, dataDirectory, bootstrapServers, groupId,
				restPort, startTimeout, javaCommand, pid);
	}

	/** The same settings with the REST interface on {@code port} of 127.0.0.1 (0: a free port). */
	public ConnectWorkerSettings withRestPort(int port) {
		return new ConnectWorkerSettings(libDirectory, pluginPath, dataDirectory, bootstrapServers, groupId, port,
				startTimeout, javaCommand, owner);
	}

	private static String currentJava() {
		return ProcessHandle.current().info().command()
				.orElse(Path.of(System.getProperty("java.home"), "bin", "java").toString());
	}
}
