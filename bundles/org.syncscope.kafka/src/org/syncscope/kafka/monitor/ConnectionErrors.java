package org.syncscope.kafka.monitor;

import java.util.Map;
import java.util.concurrent.TimeoutException;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.apache.kafka.common.config.SaslConfigs;
import org.apache.kafka.common.errors.AuthenticationException;
import org.apache.kafka.common.errors.SaslAuthenticationException;
import org.apache.kafka.common.errors.SslAuthenticationException;

/**
 * Says in a sentence why a cluster's clients failed and what the operator should check: a refused password,
 * an untrusted certificate, a missing ACL, no answer in time. Never repeats a secret of the client's configuration.
 */
final class ConnectionErrors {

	private static final Pattern JAAS_USER = Pattern.compile("username=\"((?:[^\"\\\\]|\\\\.)*)\"");

	private ConnectionErrors() {
	}

	/** What went wrong with the clients configured by {@code clientProperties}. */
	static String describe(Throwable error, Map<String, Object> clientProperties) {
		String message = error.getMessage();
		if (error instanceof SaslAuthenticationException) {
			Object mechanism = clientProperties.getOrDefault(SaslConfigs.SASL_MECHANISM, SaslConfigs.DEFAULT_SASL_MECHANISM);
			return "Authentication failed for user " + user(clientProperties) + " (SASL " + mechanism
					+ "): the broker refused the user name or password. Check them with the cluster's Credentials…"
					+ " command; the cluster is tried again meanwhile.";
		}
		if (error instanceof SslAuthenticationException) {
			return "TLS handshake failed: the broker's certificate is not trusted, or names another host. Check the"
					+ " truststore (ssl.truststore.location in the cluster's client properties) and its password"
					+ " (the cluster's Credentials…). " + rootMessage(error);
		}
		if (error instanceof AuthenticationException) {
			return "Authentication failed: " + message;
		}
		if (error instanceof TimeoutException || error instanceof org.apache.kafka.common.errors.TimeoutException) {
			return "No answer within the request timeout (" + (message == null ? "timeout" : message) + ")";
		}
		return error.getClass().getSimpleName() + (message == null ? "" : ": " + message);
	}

	/**
	 * What a refused {@code operation} on a resource means: the user the clients log in as lacks an ACL, and
	 * what it is needed for.
	 */
	static String denied(String operation, String resourceType, String resource, String neededFor,
			Map<String, Object> clientProperties) {
		return "Not authorized: user " + user(clientProperties) + " may not " + operation + " " + resourceType + " "
				+ resource + ". Add an ACL that allows it (needed " + neededFor + ").";
	}

	private static String user(Map<String, Object> clientProperties) {
		Object jaas = clientProperties.get(SaslConfigs.SASL_JAAS_CONFIG);
		Matcher user = JAAS_USER.matcher(jaas == null ? "" : jaas.toString());
		return user.find() ? user.group(1).replace("\\\"", "\"").replace("\\\\", "\\") : "ANONYMOUS";
	}

	private static String rootMessage(Throwable error) {
		Throwable root = error;
		while (root.getCause() != null && root.getCause() != root) {
			root = root.getCause();
		}
		return "(" + root.getMessage() + ")";
	}
}
