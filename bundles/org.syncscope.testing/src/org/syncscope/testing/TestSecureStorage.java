package org.syncscope.testing;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Map;

import javax.crypto.spec.PBEKeySpec;

import org.eclipse.equinox.security.storage.ISecurePreferences;
import org.eclipse.equinox.security.storage.SecurePreferencesFactory;
import org.eclipse.equinox.security.storage.provider.IProviderHints;
import org.syncscope.kafka.monitor.SecureStorageCredentials;

/**
 * An Eclipse secure storage in a file of its own, encrypted with a fixed test master password and never
 * prompting: what tests keep credentials in instead of the user's default storage.
 */
public final class TestSecureStorage {

	private TestSecureStorage() {
	}

	/** The storage in {@code file} (created when missing). */
	public static ISecurePreferences open(Path file) throws IOException {
		return SecurePreferencesFactory.open(file.toUri().toURL(), Map.of(IProviderHints.DEFAULT_PASSWORD,
				new PBEKeySpec("test-master-password".toCharArray()), IProviderHints.PROMPT_USER, false));
	}

	/** SyncScope's Kafka credentials kept in the storage in {@code file}. */
	public static SecureStorageCredentials credentials(Path file) throws IOException {
		return new SecureStorageCredentials(open(file));
	}
}
