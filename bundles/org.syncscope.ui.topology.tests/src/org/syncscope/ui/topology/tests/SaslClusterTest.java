package org.syncscope.ui.topology.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
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
import org.eclipse.e4.ui.workbench.modeling.EPartService.PartState;
import org.eclipse.swt.widgets.Label;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.syncscope.kafka.KafkaClients;
import org.syncscope.kafka.monitor.SecureStorageCredentials;
import org.syncscope.testing.TestOutput;
import org.syncscope.testing.TestSecureStorage;
import org.syncscope.testing.kafka.SecuredKafkaBrokerExtension;
import org.syncscope.testing.kafka.SecuredKafkaBrokerExtension.SecuredBroker;
import org.syncscope.testing.ui.Screenshots;
import org.syncscope.testing.ui.UiWait;
import org.syncscope.testing.ui.Widgets;
import org.syncscope.topology.KafkaCluster;
import org.syncscope.ui.topology.TopologyPrompts;
import org.syncscope.ui.topology.TopologyUi;
import org.syncscope.ui.topology.credentials.CredentialsDialog;
import org.syncscope.ui.topology.problems.ProblemsPart;

/**
 * A topology whose cluster is a real broker asking for SCRAM-SHA-512 over SASL_PLAINTEXT: with a wrong password
 * stored, the dashboard says on that cluster what failed and what to check (screenshot
 * {@code sasl-wrong-password}); the right password typed into Credentials… brings it UP without a restart. A
 * user lacking an ACL for one link's applier group sees that link's problem, naming the group, in the Problems
 * part (screenshot {@code sasl-missing-acl}), while the cluster is UP.
 */
@ExtendWith(SecuredKafkaBrokerExtension.class)
class SaslClusterTest {

	private static final String USER = "orders-monitor";
	private static final String PASSWORD = "orders-password-" + UUID.randomUUID();
	private static final String KEY = "sasl-orders";
	private static final String DASHBOARD = "org.syncscope.ui.part.dashboard";
	private static final List<String> CHANGE_LOGS = List.of("sync.eu-west.changes", "sync.us-east.changes",
			"sync.ap-south.changes");

	private final Workbench workbench = new Workbench();
	private final CredentialsDialogs dialogs = new CredentialsDialogs(workbench);
	private final RecordingPrompts prompts = new RecordingPrompts();
	private TopologyPrompts originalPrompts;
	private SecureStorageCredentials originalCredentials;
	private SecureStorageCredentials credentials;

	@BeforeAll
	static void theSamplesChangeLogs(SecuredBroker secured) throws Exception {
		try (Admin admin = KafkaClients.admin(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG,
				secured.broker().bootstrapServers()))) {
			admin.createTopics(CHANGE_LOGS.stream().map(topic -> new NewTopic(topic, 1, (short) 1)).toList()).all()
					.get();
		}
	}

	@BeforeEach
	void aTestSecureStorage() throws Exception {
		credentials = TestSecureStorage.credentials(TestOutput.scratchFolder("sasl-storage").resolve("secure_storage"));
		originalCredentials = workbench.context().get(SecureStorageCredentials.class);
		workbench.context().set(SecureStorageCredentials.class, credentials);
		originalPrompts = workbench.context().get(TopologyPrompts.class);
		workbench.context().set(TopologyPrompts.class, prompts);
	}

	@AfterEach
	void restore() {
		workbench.activeTopology().close();
		workbench.context().set(TopologyPrompts.class, originalPrompts);
		workbench.context().set(SecureStorageCredentials.class, originalCredentials);
	}

	@Test
	void aWrongPasswordIsShownOnTheClusterAndTheRightOneBringsItBack(SecuredBroker secured) throws Exception {
		secured.broker().addScramUser(USER, PASSWORD);
		try (Admin admin = KafkaClients.admin(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG,
				secured.broker().bootstrapServers()))) {
			admin.createAcls(List.of(allow(ResourceType.TOPIC), allow(ResourceType.GROUP))).all().get();
		}
		credentials.store(KEY, USER, "a-wrong-password".toCharArray());
		workbench.open(prompts, saslTopology(secured, KEY));
		workbench.partService().showPart(DASHBOARD, PartState.ACTIVATE);
		UiWait.until(workbench.display, "the cluster to say the password was refused", Workbench.TIMEOUT,
				() -> clusterLine().contains("DOWN — Authentication failed for user " + USER));
		assertTrue(clusterLine().contains("Credentials…"), "it says what to check: " + clusterLine());
		Screenshots.ofShell(workbench.shell, "sasl-wrong-password");

		KafkaCluster cluster = workbench.activeTopology().document().orElseThrow().topology().getEndpoints().stream()
				.filter(KafkaCluster.class::isInstance).map(KafkaCluster.class::cast).findFirst().orElseThrow();
		dialogs.run(cluster, dialog -> {
			CredentialsDialogs.fill(dialog, USER, PASSWORD);
			CredentialsDialogs.press(dialog, CredentialsDialog.SAVE);
		});
		dialogs.awaitStorageJobs();
		UiWait.until(workbench.display, "the cluster to come back with the right password", Workbench.TIMEOUT,
				() -> clusterLine().contains("): UP"));
		assertFalse(clusterLine().contains("Authentication failed"), clusterLine());
		Screenshots.ofShell(workbench.shell, "sasl-right-password");
	}

	@Test
	void aMissingAclIsAProblemOnTheLinkItConcerns(SecuredBroker secured) throws Exception {
		String user = "orders-limited";
		secured.broker().addScramUser(user, PASSWORD);
		try (Admin admin = KafkaClients.admin(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG,
				secured.broker().bootstrapServers()))) {
			// every change log and every group but one link's applier group
			admin.createAcls(List.of(acl(user, ResourceType.TOPIC, "sync.", PatternType.PREFIXED),
					acl(user, ResourceType.GROUP, "syncscope.", PatternType.PREFIXED),
					acl(user, ResourceType.GROUP, "applier.us-east.", PatternType.PREFIXED),
					acl(user, ResourceType.GROUP, "applier.ap-south.", PatternType.PREFIXED),
					acl(user, ResourceType.GROUP, "applier.eu-west.from.us-east", PatternType.LITERAL))).all().get();
		}
		credentials.store("sasl-limited", user, PASSWORD.toCharArray());
		workbench.open(prompts, saslTopology(secured, "sasl-limited"));
		ProblemsPart problems = workbench.part(TopologyUi.PROBLEMS_PART, ProblemsPart.class, PartState.ACTIVATE);
		String expected = "Not authorized: user orders-limited may not DESCRIBE group applier.eu-west.from.ap-south.";
		UiWait.until(workbench.display, "the missing ACL in the Problems part", Workbench.TIMEOUT,
				() -> messages(problems).stream().anyMatch(message -> message.startsWith(expected)));
		assertEquals(1, messages(problems).stream().filter(message -> message.startsWith("Not authorized")).count(),
				"only the link whose group is refused: " + messages(problems));
		assertTrue(clusterLine().contains("): UP"), "the cluster answers: " + clusterLine());
		Screenshots.ofShell(workbench.shell, "sasl-missing-acl");
	}

	private static List<String> messages(ProblemsPart problems) {
		return List.of(problems.viewer().getTable().getItems()).stream().map(item -> item.getText(1)).toList();
	}

	/** A copy of the sample whose cluster is the secured broker's SASL_PLAINTEXT listener, logging in as {@code key}. */
	private static Path saslTopology(SecuredBroker secured, String key) throws Exception {
		Path file = Workbench.copyOfSample(TestOutput.scratchFolder("sasl-topology"));
		Files.writeString(file, Files.readString(file, StandardCharsets.UTF_8).replace(
				"bootstrapServers=\"127.0.0.1:9092\"", "bootstrapServers=\""
						+ secured.broker().bootstrapServers("SASL_PLAINTEXT") + "\" securityProtocol=\"SASL_PLAINTEXT\""
						+ " saslMechanism=\"SCRAM-SHA-512\" credentialsKey=\"" + key + "\""),
				StandardCharsets.UTF_8);
		return file;
	}

	/** The dashboard's line about the clusters. */
	private String clusterLine() {
		return Widgets.descendants(workbench.shell, Label.class, label -> label.getText().contains("127.0.0.1:"))
				.stream().map(Label::getText).findFirst().orElse("");
	}

	private static AclBinding allow(ResourceType type) {
		return acl(USER, type, "*", PatternType.LITERAL);
	}

	private static AclBinding acl(String user, ResourceType type, String name, PatternType pattern) {
		return new AclBinding(new ResourcePattern(type, name, pattern),
				new AccessControlEntry("User:" + user, "*", AclOperation.ALL, AclPermissionType.ALLOW));
	}
}
