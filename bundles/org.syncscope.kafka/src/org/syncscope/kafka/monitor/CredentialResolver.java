package org.syncscope.kafka.monitor;

import java.util.Map;

/**
 * Turns a cluster's credentials key (the model stores only this reference) into the client properties that
 * carry the secret, e.g. {@code sasl.jaas.config}. Implementations read Eclipse secure storage.
 */
@FunctionalInterface
public interface CredentialResolver {

	/** For clusters without credentials. */
	CredentialResolver NONE = (key, mechanism) -> Map.of();

	/** Client properties holding the secret stored under {@code key}, for the given SASL mechanism. */
	Map<String, Object> clientProperties(String key, String saslMechanism) throws CredentialException;
}
