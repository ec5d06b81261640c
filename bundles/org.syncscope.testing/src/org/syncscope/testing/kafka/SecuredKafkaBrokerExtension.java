package org.syncscope.testing.kafka;

import java.io.IOException;

import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolutionException;
import org.junit.jupiter.api.extension.ParameterResolver;
import org.syncscope.kafka.broker.BrokerException;
import org.syncscope.kafka.broker.BrokerSecurity;
import org.syncscope.kafka.broker.BrokerSettings;
import org.syncscope.kafka.broker.LocalKafkaBroker;
import org.syncscope.testing.TestOutput;

/**
 * Gives tests a real KRaft broker with authenticated listeners (SASL_PLAINTEXT with SCRAM-SHA-512, SSL and
 * SASL_SSL, an authorizer) and the {@link TestCertificates} it was started with: a {@link SecuredBroker}
 * parameter. One broker serves the test run; it is stopped when the run ends.
 */
public final class SecuredKafkaBrokerExtension implements ParameterResolver {

	/** The secured broker and the certificates its clients trust (or not). */
	public record SecuredBroker(LocalKafkaBroker broker, TestCertificates certificates) implements AutoCloseable {

		@Override
		public void close() {
			broker.close();
		}
	}

	private static final ExtensionContext.Namespace NAMESPACE = ExtensionContext.Namespace
			.create(SecuredKafkaBrokerExtension.class);

	@Override
	public boolean supportsParameter(ParameterContext parameter, ExtensionContext context) {
		return parameter.getParameter().getType() == SecuredBroker.class;
	}

	@Override
	public Object resolveParameter(ParameterContext parameter, ExtensionContext context) {
		return context.getRoot().getStore(NAMESPACE).getOrComputeIfAbsent(SecuredBroker.class, key -> start(),
				SecuredBroker.class);
	}

	private static SecuredBroker start() {
		try {
			TestCertificates certificates = TestCertificates.create(TestOutput.scratchFolder("certificates-"));
			BrokerSettings settings = BrokerSettings.of(KafkaBrokerExtension.libDirectory(), TestOutput.scratchFolder("kafka-secured-"))
					.withSecurity(new BrokerSecurity(certificates.brokerKeystore(), certificates.password()));
			return new SecuredBroker(LocalKafkaBroker.start(settings), certificates);
		} catch (IOException | BrokerException e) {
			throw new ParameterResolutionException("Could not start the secured Kafka broker: " + e.getMessage(), e);
		} catch (InterruptedException e) {
			Thread.currentThread().interrupt();
			throw new ParameterResolutionException("Interrupted while making the test certificates", e);
		}
	}
}
