package org.syncscope.connect.monitor;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Optional;

/**
 * Turns a Kafka Connect cluster's credentials key (the model stores only this reference) into the value of the
 * {@code Authorization} header its REST requests carry. Implementations read Eclipse secure storage.
 */
@FunctionalInterface
public interface ConnectAuthorization {

	/** For clusters without credentials. */
	ConnectAuthorization NONE = key -> Optional.empty();

	/** The header value for the credentials stored under {@code key}; empty when none are needed. */
	Optional<String> authorization(String key) throws ConnectCredentialException;

	/** HTTP basic authentication of {@code username} with {@code password}. */
	static String basic(String username, char[] password) {
		String pair = username + ":" + new String(password);
		return "Basic " + Base64.getEncoder().encodeToString(pair.getBytes(StandardCharsets.UTF_8));
	}

	/** The credentials of a Connect cluster could not be read; the message says which and why. */
	final class ConnectCredentialException extends Exception {

		private static final long serialVersionUID = 1L;

		public ConnectCredentialException(String message, Throwable cause) {
			super(message, cause);
		}
	}
}
