package org.syncscope.kafka.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Base64;
import java.util.Map;
import java.util.Optional;

import org.eclipse.equinox.security.storage.ISecurePreferences;
import org.junit.jupiter.api.Test;
import org.syncscope.kafka.monitor.CredentialException;
import org.syncscope.kafka.monitor.SecureStorageCredentials;
import org.syncscope.testing.TestOutput;
import org.syncscope.testing.TestSecureStorage;

/** Kafka credentials live encrypted in Eclipse secure storage and become a JAAS config only for a client. */
class SecureStorageCredentialsTest {

	@Test
	void passwordIsEncryptedOnDiskAndTurnedIntoAJaasConfig() throws Exception {
		Path file = TestOutput.scratchFolder("secure-").resolve("secure_storage");
		ISecurePreferences storage = TestSecureStorage.open(file);
		SecureStorageCredentials credentials = new SecureStorageCredentials(storage);

		credentials.store("prod-eu", "sync-monitor", "s3cr3t-\"quoted\"".toCharArray());

		String onDisk = Files.readString(file, StandardCharsets.ISO_8859_1);
		assertTrue(onDisk.contains("prod-eu"), "the credentials are in this storage file");
		assertFalse(onDisk.contains("s3cr3t"), "the password is not in plain text");
		assertFalse(onDisk.contains(Base64.getEncoder().encodeToString("s3cr3t-\"quoted\"".getBytes(StandardCharsets.UTF_8))),
				"nor merely Base64-encoded");
		Map<String, Object> client = TestSecureStorage.credentials(file).clientProperties("prod-eu",
				"SCRAM-SHA-512");
		assertEquals("org.apache.kafka.common.security.scram.ScramLoginModule required username=\"sync-monitor\" "
				+ "password=\"s3cr3t-\\\"quoted\\\"\";", client.get("sasl.jaas.config"));
	}

	@Test
	void clearedCredentialsAreGoneFromTheStorageFile() throws Exception {
		Path file = TestOutput.scratchFolder("secure-").resolve("secure_storage");
		SecureStorageCredentials credentials = TestSecureStorage.credentials(file);
		credentials.store("staging", "sync-monitor", "pw".toCharArray());
		assertEquals(Optional.of("sync-monitor"), credentials.username("staging"));

		credentials.clear("staging");

		assertEquals(Optional.empty(), credentials.username("staging"));
		assertFalse(Files.readString(file, StandardCharsets.ISO_8859_1).contains("staging"), "nothing left on disk");
		assertThrows(CredentialException.class,
				() -> TestSecureStorage.credentials(file).clientProperties("staging", "PLAIN"));
	}

	@Test
	void aTruststorePasswordAloneIsEncryptedAndNeedsNoLogin() throws Exception {
		Path file = TestOutput.scratchFolder("secure-").resolve("secure_storage");
		TestSecureStorage.credentials(file).storeTruststorePassword("tls-only", "tru5t-me".toCharArray());

		assertFalse(Files.readString(file, StandardCharsets.ISO_8859_1).contains("tru5t-me"), "encrypted on disk");
		assertEquals(Map.of("ssl.truststore.password", "tru5t-me"),
				TestSecureStorage.credentials(file).clientProperties("tls-only", null));
		assertThrows(CredentialException.class,
				() -> TestSecureStorage.credentials(file).clientProperties("tls-only", "SCRAM-SHA-512"),
				"a SASL mechanism needs a stored user and password");
	}

	@Test
	void aMissingKeyGivesAClearError() throws Exception {
		SecureStorageCredentials credentials = TestSecureStorage
				.credentials(TestOutput.scratchFolder("secure-").resolve("secure_storage"));

		CredentialException missing = assertThrows(CredentialException.class,
				() -> credentials.clientProperties("nobody", "PLAIN"));
		assertTrue(missing.getMessage().contains("nobody"), missing.getMessage());
	}
}
