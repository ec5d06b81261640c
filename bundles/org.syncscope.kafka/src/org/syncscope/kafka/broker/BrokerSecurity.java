package org.syncscope.kafka.broker;

import java.nio.file.Path;
import java.util.Objects;

/**
 * The authenticated listeners of a local broker, beside its plaintext one (which the harness uses, as a super
 * user): SASL_PLAINTEXT with SCRAM-SHA-512, SSL and SASL_SSL, with the broker's TLS identity in a PKCS12
 * {@code keystore}. The broker's authorizer then refuses a SCRAM user whatever no ACL allows; SCRAM users are
 * added with {@link LocalKafkaBroker#addScramUser}.
 */
public record BrokerSecurity(Path keystore, String keystorePassword) {

	/** The one SASL mechanism the authenticated listeners take. */
	public static final String SCRAM_MECHANISM = "SCRAM-SHA-512";

	public BrokerSecurity {
		Objects.requireNonNull(keystore, "keystore");
		Objects.requireNonNull(keystorePassword, "keystorePassword");
	}
}
