package org.syncscope.resolution.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.Writer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;

import org.apache.kafka.clients.CommonClientConfigs;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.common.acl.AccessControlEntry;
import org.apache.kafka.common.acl.AclBinding;
import org.apache.kafka.common.acl.AclOperation;
import org.apache.kafka.common.acl.AclPermissionType;
import org.apache.kafka.common.config.SaslConfigs;
import org.apache.kafka.common.resource.PatternType;
import org.apache.kafka.common.resource.ResourcePattern;
import org.apache.kafka.common.resource.ResourceType;
import org.eclipse.core.runtime.NullProgressMonitor;
import org.eclipse.core.runtime.Platform;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.syncscope.core.event.ChangeEvent;
import org.syncscope.kafka.KafkaClients;
import org.syncscope.kafka.broker.BrokerSecurity;
import org.syncscope.kafka.monitor.ClusterSpec;
import org.syncscope.kafka.monitor.LinkSpec;
import org.syncscope.kafka.monitor.MonitorSettings;
import org.syncscope.kafka.monitor.MonitoringService;
import org.syncscope.kafka.monitor.SecureStorageCredentials;
import org.syncscope.replay.KeyFilter;
import org.syncscope.replay.PartitionSpan;
import org.syncscope.replay.ReplayLink;
import org.syncscope.replay.ReplayListener;
import org.syncscope.replay.ReplayPlan;
import org.syncscope.replay.ReplayRange;
import org.syncscope.replay.ReplayRequest;
import org.syncscope.replay.ReplayResult;
import org.syncscope.replay.ReplayService;
import org.syncscope.replay.ReplaySettings;
import org.syncscope.replay.ReplayState;
import org.syncscope.resolution.AuditExport;
import org.syncscope.resolution.ConflictState;
import org.syncscope.resolution.ConsoleRuntime;
import org.syncscope.resolution.ConsoleSettings;
import org.syncscope.resolution.Decision;
import org.syncscope.resolution.ResolutionService;
import org.syncscope.resolution.StoredConflict;
import org.syncscope.simulator.SimulatorSettings;
import org.syncscope.simulator.SyncSimulator;
import org.syncscope.store.SyncScopeStore;
import org.syncscope.store.audit.AuditQuery;
import org.syncscope.testing.Await;
import org.syncscope.testing.FilesHolding;
import org.syncscope.testing.TestOutput;
import org.syncscope.testing.TestSecureStorage;
import org.syncscope.testing.kafka.SampleTopology;
import org.syncscope.testing.kafka.SecuredKafkaBrokerExtension;
import org.syncscope.testing.kafka.SecuredKafkaBrokerExtension.SecuredBroker;

/**
 * A session against a real SCRAM cluster with a known password, the password kept in secure storage:
 * monitoring captures a conflict, an operator resolves it (written back to Kafka), replays a range and exports
 * the audit trail. Then every file SyncScope wrote (the Derby store's files, the exports, the secure storage,
 * the platform's workspace with its log and preferences) is searched for the password: it is in none of them.
 */
@ExtendWith(SecuredKafkaBrokerExtension.class)
class NoSecretOnDiskTest {

	private static final Duration TIMEOUT = Duration.ofSeconds(90);
	private static final String USER = "session-operator";
	private static final String PASSWORD = "Known-Session-Password-" + UUID.randomUUID();
	private static final SimulatorSettings SCENARIO = new SimulatorSettings(List.of("eu-west", "us-east", "ap-south"),
			500, 40, 0.1, 0.0, 0, Duration.ZERO, Duration.ZERO, Duration.ofMinutes(5), 3, 11L);

	@Test
	void aSessionWritesThePasswordNowhere(SecuredBroker secured) throws Exception {
		Path workspace = TestOutput.scratchFolder("secret-session-");
		Path storeDirectory = SyncScopeStore.inWorkspace(workspace);
		Path exports = Files.createDirectories(workspace.resolve("exports"));
		Path storageFile = workspace.resolve("secure").resolve("secure_storage");
		SecureStorageCredentials credentials = TestSecureStorage.credentials(storageFile);
		credentials.store("session", USER, PASSWORD.toCharArray());
		secured.broker().addScramUser(USER, PASSWORD);
		allowEverything(secured);

		ClusterSpec plain = SampleTopology.clusterAt(secured.broker().bootstrapServers());
		Map<String, Object> sasl = new HashMap<>(plain.clientProperties());
		sasl.put(CommonClientConfigs.SECURITY_PROTOCOL_CONFIG, "SASL_PLAINTEXT");
		sasl.put(SaslConfigs.SASL_MECHANISM, BrokerSecurity.SCRAM_MECHANISM);
		sasl.putAll(credentials.clientProperties("session", BrokerSecurity.SCRAM_MECHANISM));
		ClusterSpec cluster = new ClusterSpec(plain.id(), plain.name(),
				secured.broker().bootstrapServers("SASL_PLAINTEXT"), sasl, plain.links());

		List<String> errors = new CopyOnWriteArrayList<>();
		MonitoringService monitoring = new MonitoringService();
		// the simulated replicas write as the broker's administrator; SyncScope logs in as the operator
		try (SyncSimulator simulator = SyncSimulator.start(secured.broker().bootstrapServers(), SCENARIO)) {
			monitoring.start(List.of(cluster), MonitorSettings.defaults().fromBeginning());
			try (ConsoleRuntime runtime = ConsoleRuntime.start(storeDirectory, monitoring,
					new ConsoleSettings(USER, false, ConsoleSettings.RESOLVER_REPLICA), Clock.systemUTC(),
					errors::add)) {
				ResolutionService service = runtime.service();
				Await.until("a conflict captured in full", TIMEOUT,
						() -> Fixtures.pending(service).stream().anyMatch(StoredConflict::complete));
				simulator.pauseWriters();
				StoredConflict conflict = Fixtures.pending(service).stream().filter(StoredConflict::complete).findFirst()
						.orElseThrow();
				ChangeEvent kept = conflict.siblings().get(0);
				service.apply(service.propose(conflict, new Decision.KeepVersion(kept.eventId())),
						"the session keeps the first version");
				Await.until("the resolution written back over SASL and seen", TIMEOUT,
						() -> Fixtures.state(service, conflict.id()) == ConflictState.CLOSED);

				LinkSpec link = cluster.links().get(0);
				String target = link.targetTopics().iterator().next();
				createTopic(secured, target);
				ReplayLink replayLink = new ReplayLink(link.id(), link.name(), link.topic(), link.targetTopics(),
						link.sensitiveFields(), cluster.bootstrapServers(), cluster.clientProperties());
				ReplayService replays = new ReplayService(runtime.store(), ReplaySettings.DEFAULT);
				ReplayPlan plan = replays.plan(new ReplayRequest(replayLink, new ReplayRange.ByOffsets(
						List.of(new PartitionSpan(0, 0, 5))), KeyFilter.ALL, target, "the session replays five changes", USER),
						new NullProgressMonitor());
				ReplayResult replayed = replays.execute(plan, ReplayListener.NONE, new NullProgressMonitor());
				assertEquals(ReplayState.COMPLETED, replayed.state(), replayed.message());

				var audit = service.audit(new AuditQuery("", "", "", 1_000));
				try (Writer csv = Files.newBufferedWriter(exports.resolve("audit.csv"));
						Writer events = Files.newBufferedWriter(exports.resolve("audit.jsonl"))) {
					AuditExport.csv(audit, csv);
					AuditExport.cloudEvents(audit, events);
				}
			}
		} finally {
			monitoring.stop();
		}
		assertEquals(List.of(), errors);

		// the session's workspace, and the platform's own: its log and the preferences of every bundle
		List<Path> written = List.of(workspace, Path.of(Platform.getInstanceLocation().getURL().toURI()));
		assertTrue(FilesHolding.files(written).stream().anyMatch(file -> file.toString().contains("seg0")),
				"the Derby store's data files are searched: " + FilesHolding.files(written));
		Path control = workspace.resolve("control.txt");
		Files.writeString(control, "a file that holds " + PASSWORD);
		assertEquals(List.of(control), FilesHolding.text(PASSWORD, written),
				"only the control file holds the password in clear");
	}

	private static void createTopic(SecuredBroker secured, String topic) throws Exception {
		try (Admin admin = KafkaClients.admin(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG,
				secured.broker().bootstrapServers()))) {
			if (!admin.listTopics().names().get().contains(topic)) {
				admin.createTopics(List.of(new NewTopic(topic, 1, (short) 1))).all().get();
			}
		}
	}

	private static void allowEverything(SecuredBroker secured) throws Exception {
		try (Admin admin = KafkaClients.admin(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG,
				secured.broker().bootstrapServers()))) {
			admin.createAcls(List.of(allow(ResourceType.TOPIC), allow(ResourceType.GROUP),
					allow(ResourceType.TRANSACTIONAL_ID))).all().get();
		}
	}

	private static AclBinding allow(ResourceType type) {
		return new AclBinding(new ResourcePattern(type, "*", PatternType.LITERAL),
				new AccessControlEntry("User:" + USER, "*", AclOperation.ALL, AclPermissionType.ALLOW));
	}
}
