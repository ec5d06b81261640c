package org.syncscope.kafka.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.NewTopic;
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
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.syncscope.core.lag.LagSettings;
import org.syncscope.core.lag.LagStatus;
import org.syncscope.core.policy.ConflictPolicy;
import org.syncscope.kafka.KafkaClients;
import org.syncscope.kafka.broker.BrokerSecurity;
import org.syncscope.kafka.monitor.ClusterHealth;
import org.syncscope.kafka.monitor.ClusterSpec;
import org.syncscope.kafka.monitor.ClusterStatus;
import org.syncscope.kafka.monitor.LinkSnapshot;
import org.syncscope.kafka.monitor.LinkSpec;
import org.syncscope.kafka.monitor.MonitorSettings;
import org.syncscope.kafka.monitor.MonitoringService;
import org.syncscope.kafka.monitor.SecureStorageCredentials;
import org.syncscope.kafka.monitor.TopologySpecs;
import org.syncscope.testing.Await;
import org.syncscope.testing.TestOutput;
import org.syncscope.testing.TestSecureStorage;
import org.syncscope.testing.kafka.SecuredKafkaBrokerExtension;
import org.syncscope.testing.kafka.SecuredKafkaBrokerExtension.SecuredBroker;
import org.syncscope.topology.KafkaCluster;
import org.syncscope.topology.Property;
import org.syncscope.topology.SecurityProtocol;
import org.syncscope.topology.TopologyFactory;

/**
 * SyncScope's monitoring against a real broker that asks for credentials: over SASL_PLAINTEXT (SCRAM-SHA-512),
 * SSL and SASL_SSL, with the user's password and the truststore's password from Eclipse secure storage and the
 * truststore's path in the cluster's settings, as the topology names them. A wrong password or an untrusted
 * certificate makes that cluster DOWN with what failed and what to check, while another cluster goes on.
 */
@ExtendWith(SecuredKafkaBrokerExtension.class)
class AuthenticatedClustersTest {

	private static final Duration TIMEOUT = Duration.ofSeconds(60);
	private static final String USER = "sync-monitor";
	private static final String PASSWORD = "monitor-password-" + UUID.randomUUID();
	private static final String TOPIC = "secured.orders.changes";

	private static SecureStorageCredentials credentials;

	@BeforeAll
	static void aUserWhoMayReadTheChangeLogs(SecuredBroker secured) throws Exception {
		secured.broker().addScramUser(USER, PASSWORD);
		try (Admin admin = KafkaClients.admin(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG,
				secured.broker().bootstrapServers()))) {
			admin.createTopics(List.of(new NewTopic(TOPIC, 1, (short) 1))).all().get();
			admin.createAcls(List.of(allow(ResourceType.TOPIC), allow(ResourceType.GROUP))).all().get();
		}
		credentials = TestSecureStorage.credentials(TestOutput.scratchFolder("secure-").resolve("secure_storage"));
		credentials.store("secured", USER, PASSWORD.toCharArray());
		credentials.storeTruststorePassword("secured", secured.certificates().password().toCharArray());
		credentials.store("wrong-password", USER, "not-the-password".toCharArray());
		credentials.storeTruststorePassword("untrusted", secured.certificates().password().toCharArray());
	}

	@ParameterizedTest
	@ValueSource(strings = { "SASL_PLAINTEXT", "SSL", "SASL_SSL" })
	void monitorsThroughAnAuthenticatedListener(String protocol, SecuredBroker secured) throws Exception {
		KafkaCluster cluster = cluster(secured, protocol, "secured", secured.certificates().truststore());
		try (Monitoring monitoring = new Monitoring(spec("c-" + protocol, cluster))) {
			ClusterHealth health = monitoring.await("c-" + protocol, ClusterStatus.UP);
			assertEquals(Optional.empty(), health.lastError());
			Await.until("the link's lag read over " + protocol, TIMEOUT,
					() -> monitoring.service.latest().link("link-c-" + protocol).flatMap(l -> l.lag()).isPresent());
		}
	}

	@Test
	void aWrongPasswordSaysWhatFailedWhileAnotherClusterGoesOn(SecuredBroker secured) throws Exception {
		KafkaCluster wrong = cluster(secured, "SASL_PLAINTEXT", "wrong-password", null);
		KafkaCluster right = cluster(secured, "SASL_SSL", "secured", secured.certificates().truststore());
		try (Monitoring monitoring = new Monitoring(spec("wrong", wrong), spec("right", right))) {
			String error = monitoring.await("wrong", ClusterStatus.DOWN).lastError().orElseThrow();
			assertTrue(error.startsWith("Authentication failed for user " + USER), error);
			assertTrue(error.contains("Credentials"), error);
			assertTrue(!error.contains("not-the-password"), "the password is not shown: " + error);
			monitoring.await("right", ClusterStatus.UP);
		}
	}

	@Test
	void anUntrustedCertificateSaysToCheckTheTruststore(SecuredBroker secured) throws Exception {
		KafkaCluster untrusted = cluster(secured, "SSL", "untrusted", secured.certificates().untrustedTruststore());
		try (Monitoring monitoring = new Monitoring(spec("untrusted", untrusted))) {
			String error = monitoring.await("untrusted", ClusterStatus.DOWN).lastError().orElseThrow();
			assertTrue(error.startsWith("TLS handshake failed"), error);
			assertTrue(error.contains("ssl.truststore.location"), error);
		}
	}

	@Test
	void aMissingAclIsAProblemOfTheLinkItConcernsOnly(SecuredBroker secured) throws Exception {
		String user = "limited-monitor";
		secured.broker().addScramUser(user, PASSWORD);
		try (Admin admin = KafkaClients.admin(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG,
				secured.broker().bootstrapServers()))) {
			admin.createTopics(List.of(new NewTopic("acl.allowed", 1, (short) 1),
					new NewTopic("acl.no-describe", 1, (short) 1), new NewTopic("acl.no-read", 1, (short) 1)))
					.all().get();
			admin.createAcls(List.of(
					acl(user, ResourceType.TOPIC, "acl.allowed", PatternType.LITERAL, AclOperation.READ),
					acl(user, ResourceType.TOPIC, "acl.no-read", PatternType.LITERAL, AclOperation.DESCRIBE),
					acl(user, ResourceType.GROUP, "applier-allowed", PatternType.LITERAL, AclOperation.DESCRIBE),
					acl(user, ResourceType.GROUP, "syncscope.test.", PatternType.PREFIXED, AclOperation.READ)))
					.all().get();
		}
		credentials.store("limited", user, PASSWORD.toCharArray());
		KafkaCluster cluster = cluster(secured, "SASL_PLAINTEXT", "limited", null);
		ClusterSpec spec = new ClusterSpec("limited", "limited", cluster.getBootstrapServers(),
				TopologySpecs.clientProperties(cluster, credentials), List.of(
						link("allowed", "acl.allowed", "applier-allowed"),
						link("no-describe", "acl.no-describe", "applier-allowed"),
						link("group-denied", "acl.allowed", "applier-denied"),
						link("no-read", "acl.no-read", "applier-allowed")));
		try (Monitoring monitoring = new Monitoring(spec)) {
			Await.until("each link's problem", TIMEOUT, () -> problem(monitoring, "no-describe").isPresent()
					&& problem(monitoring, "group-denied").isPresent() && problem(monitoring, "no-read").isPresent()
					&& monitoring.service.latest().link("allowed").flatMap(l -> l.lag()).isPresent());
			assertEquals(Optional.empty(), problem(monitoring, "allowed"));
			assertEquals(LagStatus.OK, monitoring.service.latest().link("allowed").orElseThrow().lag().orElseThrow()
					.status());
			assertEquals(Optional.of("Not authorized: user limited-monitor may not DESCRIBE topic acl.no-describe."
					+ " Add an ACL that allows it (needed to read the change log's offsets)."),
					problem(monitoring, "no-describe"));
			assertEquals(LagStatus.DENIED, monitoring.service.latest().link("no-describe").orElseThrow().lag()
					.orElseThrow().status());
			assertTrue(problem(monitoring, "group-denied").orElseThrow().contains("may not DESCRIBE group applier-denied"),
					problem(monitoring, "group-denied").toString());
			assertTrue(problem(monitoring, "no-read").orElseThrow().contains("may not READ topic acl.no-read"),
					problem(monitoring, "no-read").toString());
			assertEquals(ClusterStatus.UP, monitoring.await("limited", ClusterStatus.UP).status(),
					"the cluster itself answers");
		}
	}

	private static Optional<String> problem(Monitoring monitoring, String linkId) {
		return monitoring.service.latest().link(linkId).flatMap(LinkSnapshot::problem);
	}

	private static LinkSpec link(String id, String topic, String group) {
		return new LinkSpec(id, id, "a", "b", topic, group, Set.of(), LagSettings.DEFAULT, ConflictPolicy.MANUAL,
				List.of());
	}

	private static AclBinding acl(String user, ResourceType type, String name, PatternType pattern,
			AclOperation operation) {
		return new AclBinding(new ResourcePattern(type, name, pattern),
				new AccessControlEntry("User:" + user, "*", operation, AclPermissionType.ALLOW));
	}

	/** A cluster as the topology names it: protocol, mechanism, credentials key, the truststore's path. */
	private static KafkaCluster cluster(SecuredBroker secured, String protocol, String credentialsKey,
			Path truststore) {
		KafkaCluster cluster = TopologyFactory.eINSTANCE.createKafkaCluster();
		cluster.setBootstrapServers(secured.broker().bootstrapServers(protocol));
		cluster.setSecurityProtocol(SecurityProtocol.getByName(protocol));
		if (protocol.startsWith("SASL")) {
			cluster.setSaslMechanism(BrokerSecurity.SCRAM_MECHANISM);
		}
		cluster.setCredentialsKey(credentialsKey);
		if (truststore != null) {
			cluster.getClientProperties().add(property("ssl.truststore.location", truststore.toString()));
			cluster.getClientProperties().add(property("ssl.truststore.type", "PKCS12"));
		}
		return cluster;
	}

	private static Property property(String key, String value) {
		Property property = TopologyFactory.eINSTANCE.createProperty();
		property.setKey(key);
		property.setValue(value);
		return property;
	}

	private static ClusterSpec spec(String id, KafkaCluster cluster) throws Exception {
		LinkSpec link = new LinkSpec("link-" + id, id, "a", "b", TOPIC, "applier-" + id, Set.of(),
				LagSettings.DEFAULT, ConflictPolicy.MANUAL, List.of());
		return new ClusterSpec(id, id, cluster.getBootstrapServers(),
				TopologySpecs.clientProperties(cluster, credentials), List.of(link));
	}

	private static AclBinding allow(ResourceType type) {
		return new AclBinding(new ResourcePattern(type, "*", PatternType.LITERAL),
				new AccessControlEntry("User:" + USER, "*", AclOperation.ALL, AclPermissionType.ALLOW));
	}

	/** SyncScope's monitoring of some clusters, as the workbench starts it. */
	private static final class Monitoring implements AutoCloseable {

		private final MonitoringService service = new MonitoringService();

		Monitoring(ClusterSpec... clusters) {
			MonitorSettings defaults = MonitorSettings.defaults();
			service.start(List.of(clusters), new MonitorSettings(defaults.pollInterval(), defaults.requestTimeout(),
					Duration.ofSeconds(2), false, "syncscope.test." + UUID.randomUUID(), defaults.detector(),
					defaults.clock()));
		}

		ClusterHealth await(String clusterId, ClusterStatus status) {
			Await.until(clusterId + " " + status, TIMEOUT, () -> health(clusterId)
					.filter(h -> h.status() == status && (status == ClusterStatus.UP || h.lastError().isPresent()))
					.isPresent());
			return health(clusterId).orElseThrow();
		}

		private Optional<ClusterHealth> health(String clusterId) {
			return service.latest().clusters().stream().filter(h -> h.clusterId().equals(clusterId)).findFirst();
		}

		@Override
		public void close() {
			service.stop();
		}
	}
}
