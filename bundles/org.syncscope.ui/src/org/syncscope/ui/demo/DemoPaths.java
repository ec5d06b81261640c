package org.syncscope.ui.demo;

import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;

/**
 * Where the programs the demos run are: the build passes their folders to tests as system properties
 * ({@code syncscope.kafka.broker.lib}, {@code syncscope.connect.lib}, {@code syncscope.connect.plugins}); the
 * product's launcher passes {@code syncscope.install}, which holds {@code broker/lib}, {@code connect/lib}
 * and {@code connect/plugins}.
 */
final class DemoPaths {

	private DemoPaths() {
	}

	static Path brokerLib() {
		return fromPropertyOrInstall("syncscope.kafka.broker.lib", "broker", "lib");
	}

	static Path connectLib() {
		return fromPropertyOrInstall("syncscope.connect.lib", "connect", "lib");
	}

	static List<Path> connectPlugins() {
		String plugins = System.getProperty("syncscope.connect.plugins");
		if (plugins != null) {
			return Arrays.stream(plugins.split(",")).map(String::strip).filter(path -> !path.isEmpty()).map(Path::of)
					.toList();
		}
		return List.of(install().resolve("connect").resolve("plugins"));
	}

	private static Path fromPropertyOrInstall(String property, String... underInstall) {
		String folder = System.getProperty(property);
		return folder != null ? Path.of(folder) : Path.of(install().toString(), underInstall);
	}

	private static Path install() {
		String install = System.getProperty("syncscope.install");
		if (install == null) {
			throw new IllegalStateException("syncscope.install is not set: start SyncScope with its launcher script");
		}
		return Path.of(install);
	}
}
