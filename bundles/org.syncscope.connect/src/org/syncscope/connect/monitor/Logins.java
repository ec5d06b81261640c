package org.syncscope.connect.monitor;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Optional;

/**
 * Turns a credentials key of the topology (a Kafka Connect cluster's, a database's: the model stores only
 * this reference) into the user name and password stored under it. Implementations read Eclipse secure
 * storage.
 */
@FunctionalInterface
public interface Logins {

	/** For topologies without credentials. */
	Logins NONE = key -> Optional.empty();

	/** The login stored under {@code key}; empty when none is needed. */
	Optional<Login> login(String key) throws LoginException;

	/** A user name and password. */
	record Login(String username, char[] password) {
	}

	/** The value of an HTTP {@code Authorization} header with basic authentication of {@code login}. */
	static String basic(Login login) {
		String pair = login.username() + ":" + new String(login.password());
		return "Basic " + Base64.getEncoder().encodeToString(pair.getBytes(StandardCharsets.UTF_8));
	}

	/** A login could not be read; the message says which and why. */
	final class LoginException extends Exception {

		private static final long serialVersionUID = 1L;

		public LoginException(String message, Throwable cause) {
			super(message, cause);
		}
	}
}
