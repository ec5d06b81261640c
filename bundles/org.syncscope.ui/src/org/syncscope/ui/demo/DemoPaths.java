package org.syncscope.ui.demo;

import java.nio.file.Path;

/**
 * Where the Kafka broker jars are: the build passes {@code syncscope.kafka.broker.lib} to tests; the product's
 * launcher passes {@code syncscope.install}, whose {@code broker/lib} holds them.
 */
final class DemoPaths {

	private DemoPaths() {
	}

	static Path brokerLib() {
		String lib = System.getProperty("syncscope.kafka.broker.lib");
		if (lib != null) {
			return Path.of(lib);
		}
		String install = System.getProperty("syncscope.install");
		if (install == null) {
			throw new IllegalStateException("Neither syncscope.kafka.broker.lib nor syncscope.install is set: "
					+ "start SyncScope with its launcher script");
		}
		return Path.of(install, "broker", "lib");
	}
}
