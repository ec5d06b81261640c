package org.syncscope.kafka.monitor;

import java.io.IOException;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

import org.apache.kafka.common.config.SaslConfigs;
import org.apache.kafka.common.config.SslConfigs;
import org.eclipse.equinox.security.storage.ISecurePreferences;
import org.eclipse.equinox.security.storage.SecurePreferencesFactory;
import org.eclipse.equinox.security.storage.StorageException;
import org.syncscope.kafka.KafkaClients;

/**
 * Kafka credentials in Eclipse secure storage: the topology keeps only a key, the user name and the
 * (encrypted) password live under {@value #ROOT}/&lt;key&gt;, and the SASL JAAS configuration is built from them
 * only when a client is created. Nothing secret is written to the topology file or to plain preferences.
 */
public final class SecureStorageCredentials implements CredentialResolver {

	/** The secure storage node under which credentials are kept. */
	public static final String ROOT = "/org.syncscope/kafka-credentials";

	private static final String USERNAME = "username";
	private static final String PASSWORD = "password";
	private static final String TRUSTSTORE_PASSWORD = "truststore-password";

	private final ISecurePreferences storage;

	public SecureStorageCredentials(ISecurePreferences storage) {
		this.storage = storage;
	}

	/**
	 * The user's default secure storage, opened only when a cluster names a credentials key: what the
	 * workbench's monitoring and every replay (wizard, history, command line) connect with.
	 */
	public static final CredentialResolver DEFAULT = (key, mechanism) -> ofDefaultStorage().clientProperties(key,
			mechanism);

	/** Credentials in the user's default secure storage. */
	public static SecureStorageCredentials ofDefaultStorage() {
		return new SecureStorageCredentials(SecurePreferencesFactory.getDefault());
	}

	/** Stores (or replaces) the credentials under {@code key}; the password is encrypted. */
	public void store(String key, String username, char[] password) throws CredentialException {
		try {
			ISecurePreferences node = storage.node(ROOT).node(key);
			node.put(USERNAME, username, false);
			node.put(PASSWORD, new String(password), true);
			node.flush();
		} catch (StorageException | IOException e) {
			throw new CredentialException("Cannot store the credentials '" + key + "' in secure storage: "
					+ e.getMessage(), e);
		}
	}

	/** Stores (or replaces) the password of the truststore the cluster of {@code key} names; encrypted. */
	public void storeTruststorePassword(String key, char[] password) throws CredentialException {
		try {
			ISecurePreferences node = storage.node(ROOT).node(key);
			node.put(TRUSTSTORE_PASSWORD, new String(password), true);
			node.flush();
		} catch (StorageException | IOException e) {
			throw new CredentialException("Cannot store the truststore password '" + key + "' in secure storage: "
					+ e.getMessage(), e);
		}
	}

	/** The user name stored under {@code key}, if any (it is not secret; the password is never read back). */
	public Optional<String> username(String key) throws CredentialException {
		if (!storage.node(ROOT).nodeExists(key)) {
			return Optional.empty();
		}
		try {
			return Optional.ofNullable(storage.node(ROOT).node(key).get(USERNAME, null));
		} catch (StorageException e) {
			throw new CredentialException("Cannot read the credentials '" + key + "' from secure storage: "
					+ e.getMessage(), e);
		}
	}

	/** A user name and password as stored, for clients other than Kafka's (Kafka Connect's REST, databases). */
	public record Login(String username, char[] password) {
	}

	/** The user name and password stored under {@code key}; an error names the key when none are stored. */
	public Login login(String key) throws CredentialException {
		if (!storage.node(ROOT).nodeExists(key)) {
			throw new CredentialException("No credentials are stored under '" + key
					+ "' (set them with the cluster's Set Credentials command)", null);
		}
		try {
			ISecurePreferences node = storage.node(ROOT).node(key);
			String username = node.get(USERNAME, null);
			String password = node.get(PASSWORD, null);
			if (username == null || password == null) {
				throw new CredentialException("The credentials '" + key + "' lack a user name or password", null);
			}
			return new Login(username, password.toCharArray());
		} catch (StorageException e) {
			throw new CredentialException("Cannot read the credentials '" + key + "' from secure storage: "
					+ e.getMessage(), e);
		}
	}

	/** Removes the credentials stored under {@code key}, if any. */
	public void clear(String key) throws CredentialException {
		if (!storage.node(ROOT).nodeExists(key)) {
			return;
		}
		try {
			storage.node(ROOT).node(key).removeNode();
			storage.flush();
		} catch (IOException e) {
			throw new CredentialException("Cannot remove the credentials '" + key + "' from secure storage: "
					+ e.getMessage(), e);
		}
	}

	/**
	 * The secrets stored under {@code key} as client properties: the SASL JAAS configuration of the stored user
	 * (required when the cluster names a SASL mechanism), the truststore's password when one is stored.
	 */
	@Override
	public Map<String, Object> clientProperties(String key, String saslMechanism) throws CredentialException {
		if (!storage.node(ROOT).nodeExists(key)) {
			throw new CredentialException("No credentials are stored under '" + key
					+ "' (set them with the cluster's Set Credentials command)", null);
		}
		ISecurePreferences node = storage.node(ROOT).node(key);
		Map<String, Object> properties = new HashMap<>();
		try {
			boolean hasLogin = node.get(USERNAME, null) != null && node.get(PASSWORD, null) != null;
			if (hasLogin || (saslMechanism != null && !saslMechanism.isBlank())) {
				Login login = login(key);
				properties.put(SaslConfigs.SASL_JAAS_CONFIG,
						KafkaClients.jaasConfig(saslMechanism, login.username(), new String(login.password())));
			}
			String truststorePassword = node.get(TRUSTSTORE_PASSWORD, null);
			if (truststorePassword != null) {
				properties.put(SslConfigs.SSL_TRUSTSTORE_PASSWORD_CONFIG, truststorePassword);
			}
		} catch (StorageException e) {
			throw new CredentialException("Cannot read the credentials '" + key + "' from secure storage: "
					+ e.getMessage(), e);
		}
		return properties;
	}
}
