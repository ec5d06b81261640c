package org.syncscope.testing.kafka;

import java.nio.file.Path;

import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolutionException;
import org.junit.jupiter.api.extension.ParameterResolver;
import org.syncscope.kafka.broker.BrokerException;
import org.syncscope.kafka.broker.BrokerSettings;
import org.syncscope.kafka.broker.LocalKafkaBroker;
import org.syncscope.testing.TestOutput;

/**
 * Gives tests a real single-node KRaft broker on 127.0.0.1: {@code @ExtendWith(KafkaBrokerExtension.class)}
 * and a {@link LocalKafkaBroker} parameter. One broker serves the whole test run (starting one takes
 * seconds); it gets a fresh data directory under {@code target/scratch} and is stopped when the run ends.
 * Tests share it, so each uses its own topic and group names.
 */
public final class KafkaBrokerExtension implements ParameterResolver {

	/** System property the build sets to the folder of broker jars (see the parent pom). */
	public static final String LIB_PROPERTY = "syncscope.kafka.broker.lib";

	private static final ExtensionContext.Namespace NAMESPACE = ExtensionContext.Namespace
			.create(KafkaBrokerExtension.class);

	@Override
	public boolean supportsParameter(ParameterContext parameter, ExtensionContext context) {
		return parameter.getParameter().getType() == LocalKafkaBroker.class;
	}

	@Override
	public Object resolveParameter(ParameterContext parameter, ExtensionContext context) {
		return context.getRoot().getStore(NAMESPACE).getOrComputeIfAbsent(LocalKafkaBroker.class,
				key -> startBroker(), LocalKafkaBroker.class);
	}

	private static LocalKafkaBroker startBroker() {
		BrokerSettings settings = BrokerSettings.of(libDirectory(), TestOutput.scratchFolder("kafka-"));
		try {
			return LocalKafkaBroker.start(settings);
		} catch (BrokerException e) {
			throw new ParameterResolutionException("Could not start the local Kafka broker: " + e.getMessage(), e);
		}
	}

	/** The broker jars' folder, as the build passes it to a test bundle with a {@code kafka-broker.marker}. */
	static Path libDirectory() {
		String lib = System.getProperty(LIB_PROPERTY);
		if (lib == null) {
			throw new ParameterResolutionException("System property " + LIB_PROPERTY
					+ " is not set: put a kafka-broker.marker file in the test bundle so the build passes it");
		}
		return Path.of(lib);
	}
}
