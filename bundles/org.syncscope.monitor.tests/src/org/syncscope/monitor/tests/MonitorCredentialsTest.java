package org.syncscope.monitor.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.common.acl.AccessControlEntry;
import org.apache.kafka.common.acl.AclBinding;
import org.apache.kafka.common.acl.AclOperation;
import org.apache.kafka.common.acl.AclPermissionType;
import org.apache.kafka.common.resource.PatternType;
import org.apache.kafka.common.resource.ResourcePattern;
import org.apache.kafka.common.resource.ResourceType;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.syncscope.kafka.KafkaClients;
import org.syncscope.kafka.monitor.SecureStorageCredentials;
import org.syncscope.testing.TestOutput;
import org.syncscope.testing.TestSecureStorage;
import org.syncscope.testing.kafka.HeldLag;
import org.syncscope.testing.kafka.SecuredKafkaBrokerExtension;
import org.syncscope.testing.kafka.SecuredKafkaBrokerExtension.SecuredBroker;
import org.syncscope.testing.kafka.TopologyFiles;
import org.syncscope.testing.kafka.TopologyFiles.Cluster;
import org.syncscope.testing.kafka.TopologyFiles.Link;

/**
 * The headless monitor against a real broker that asks for a SCRAM login: with the password from Eclipse
 * secure storage (what the topology's credentials key names), or from a client properties file for a machine
 * without a desktop session; a wrong password makes the cluster DOWN with what failed (exit 2), and a key with
 * nothing stored under it is bad input (exit 3) that says how to fix it.
 */
@ExtendWith(SecuredKafkaBrokerExtension.class)
class MonitorCredentialsTest {

	private static final String USER = "headless-monitor";
	private static final String PASSWORD = "monitor-" + UUID.randomUUID();
	private static final Link LINK = new Link("secured link", "secured.monitor.changes", "applier.secured.monitor",
			60, 3_600);

	private static SecuredBroker secured;
	private static SecureStorageCredentials storage;

	@TempDir
	Path folder;

	@BeforeAll
	static void aUserWhoMayReadTheChangeLogs(SecuredBroker broker) throws Exception {
		secured = broker;
		broker.broker().addScramUser(USER, PASSWORD);
		HeldLag.hold(broker.broker().bootstrapServers(), LINK.topic(), LINK.group(), 6, 0, Duration.ofMinutes(5));
		try (Admin admin = KafkaClients.admin(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG,
				broker.broker().bootstrapServers()))) {
			admin.createAcls(List.of(allow(ResourceType.TOPIC), allow(ResourceType.GROUP))).all().get();
		}
		storage = TestSecureStorage.credentials(TestOutput.scratchFolder("monitor-secure-").resolve("secure_storage"));
		storage.store("headless", USER, PASSWORD.toCharArray());
	}

	@Test
	void thePasswordComesFromSecureStorage() throws Exception {
		MonitorRun run = MonitorRun.with(storage, "--topology", topology("headless").toString(), "--once");
		assertEquals(1, run.exitCode(), run::toString);
		assertTrue(run.out().lines().anyMatch(line -> line.startsWith(LINK.name()) && line.contains(" 6 ")),
				run::toString);
	}

	@Test
	void orFromAClientPropertiesFile() throws Exception {
		MonitorRun run = MonitorRun.of("--topology", topology("headless").toString(), "--once", "--properties",
				properties(PASSWORD).toString());
		assertEquals(1, run.exitCode(), run::toString);
		assertTrue(run.out().contains("): UP"), run::toString);
	}

	@Test
	void aWrongPasswordIsDownWithTheReason() throws Exception {
		MonitorRun run = MonitorRun.of("--topology", topology("headless").toString(), "--once", "--properties",
				properties("not-the-password").toString());
		assertEquals(2, run.exitCode(), run::toString);
		assertTrue(run.out().contains("): DOWN — ") && run.out().toLowerCase().contains("authentication"),
				run::toString);
	}

	@Test
	void aKeyWithNothingStoredIsBadInput() throws Exception {
		MonitorRun run = MonitorRun.with(storage, "--topology", topology("never-stored").toString(), "--once");
		assertEquals(3, run.exitCode(), run::toString);
		assertTrue(run.err().contains("No credentials are stored under 'never-stored'")
				&& run.err().contains("--properties"), run::toString);
	}

	private Path topology(String credentialsKey) throws Exception {
		Cluster cluster = new Cluster("Secured Kafka", secured.broker().bootstrapServers("SASL_PLAINTEXT"),
				"SASL_PLAINTEXT", "SCRAM-SHA-512", credentialsKey);
		return TopologyFiles.write(folder.resolve("secured.synctopo"), cluster, List.of(LINK));
	}

	private Path properties(String password) throws Exception {
		return Files.writeString(folder.resolve("client.properties"), """
				sasl.jaas.config=org.apache.kafka.common.security.scram.ScramLoginModule required \\
				  username="%s" password="%s";
				""".formatted(USER, password));
	}

	private static AclBinding allow(ResourceType type) {
		return new AclBinding(new ResourcePattern(type, "*", PatternType.LITERAL),
				new AccessControlEntry("User:" + USER, "*", AclOperation.ALL, AclPermissionType.ALLOW));
	}
}
