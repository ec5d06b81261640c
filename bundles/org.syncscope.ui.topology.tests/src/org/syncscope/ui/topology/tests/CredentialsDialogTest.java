package org.syncscope.ui.topology.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;

import org.eclipse.core.runtime.Platform;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.e4.ui.workbench.modeling.EPartService.PartState;
import org.eclipse.equinox.security.storage.SecurePreferencesFactory;
import org.eclipse.emf.edit.command.AddCommand;
import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Text;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.osgi.framework.BundleContext;
import org.osgi.framework.FrameworkUtil;
import org.syncscope.kafka.monitor.CredentialException;
import org.syncscope.kafka.monitor.MonitoringService;
import org.syncscope.kafka.monitor.SecureStorageCredentials;
import org.syncscope.testing.FilesHolding;
import org.syncscope.testing.TestOutput;
import org.syncscope.testing.TestSecureStorage;
import org.syncscope.testing.ui.ModalDialogs;
import org.syncscope.testing.ui.Screenshots;
import org.syncscope.testing.ui.UiWait;
import org.syncscope.testing.ui.Widgets;
import org.syncscope.topology.Endpoint;
import org.syncscope.topology.KafkaCluster;
import org.syncscope.topology.KafkaConnectCluster;
import org.syncscope.topology.Topology;
import org.syncscope.topology.TopologyFactory;
import org.syncscope.topology.TopologyPackage;
import org.syncscope.ui.topology.TopologyDocument;
import org.syncscope.ui.topology.TopologyEdits;
import org.syncscope.ui.topology.TopologyPrompts;
import org.syncscope.ui.topology.TopologyUi;
import org.syncscope.ui.topology.credentials.CredentialsDialog;
import org.syncscope.ui.topology.credentials.EndpointCredentials;
import org.syncscope.ui.topology.credentials.MasterPasswordDialog;
import org.syncscope.ui.topology.tree.TopologyTreePart;

/**
 * The Credentials… command of a Kafka cluster (and of a Kafka Connect cluster) in the topology tree, used as
 * an operator would: the real
 * dialog takes a user name and password, Save puts them in secure storage (a storage file of this test,
 * opened with a fixed master password) and monitoring restarts with them, the topology gains only the key,
 * and the secret is in clear in no file (preferences, topology, storage); Clear Stored removes them again
 * and monitoring stops using them. A storage without a fixed password asks the operator to choose one.
 * Screenshots of both dialogs land in {@code target/screenshots}.
 */
class CredentialsDialogTest {

	private static final String SECRET = "Pa55-w0rd-for-sasl";

	private final Workbench workbench = new Workbench();
	private final CredentialsDialogs dialogs = new CredentialsDialogs(workbench);
	private final RecordingPrompts prompts = new RecordingPrompts();
	private TopologyPrompts originalPrompts;
	private SecureStorageCredentials originalCredentials;
	private SecureStorageCredentials credentials;
	private Path storageFile;
	private Path file;

	@BeforeEach
	void openCopyOfSampleWithATestStorage() throws Exception {
		storageFile = TestOutput.scratchFolder("credentials-storage").resolve("secure_storage");
		credentials = TestSecureStorage.credentials(storageFile);
		originalCredentials = workbench.context().get(SecureStorageCredentials.class);
		workbench.context().set(SecureStorageCredentials.class, credentials);
		originalPrompts = workbench.context().get(TopologyPrompts.class);
		workbench.context().set(TopologyPrompts.class, prompts);
		file = workbench.openCopyOfSample(prompts, TestOutput.scratchFolder("credentials"));
	}

	@AfterEach
	void restore() {
		workbench.activeTopology().close();
		workbench.context().set(TopologyPrompts.class, originalPrompts);
		workbench.context().set(SecureStorageCredentials.class, originalCredentials);
	}

	@Test
	void aPasswordTypedIntoTheDialogGoesToSecureStorageOnlyAndCanBeCleared() throws Exception {
		TopologyDocument document = workbench.activeTopology().document().orElseThrow();
		KafkaCluster cluster = kafkaCluster(document.topology());
		assertNull(cluster.getCredentialsKey(), "the sample names no credentials");

		dialogs.run(cluster, dialog -> {
			CredentialsDialogs.fill(dialog, "sync-monitor", SECRET);
			CredentialsDialogs.texts(dialog).get(3).setText(SECRET + "-of-the-truststore");
			Screenshots.ofShell(dialog, "credentials-dialog");
			CredentialsDialogs.press(dialog, CredentialsDialog.SAVE);
		});

		String key = cluster.getId();
		dialogs.awaitStorageJobs();
		assertEquals(Optional.of("sync-monitor"), credentials.username(key));
		assertTrue(String.valueOf(credentials.clientProperties(key, "PLAIN").get("sasl.jaas.config"))
				.contains("password=\"" + SECRET + "\""), "the stored password is the one typed");
		assertEquals(SECRET + "-of-the-truststore",
				credentials.clientProperties(key, "PLAIN").get("ssl.truststore.password"), "and the truststore's");
		assertEquals(key, cluster.getCredentialsKey(), "the cluster refers to its credentials by key");
		UiWait.until(workbench.display, "monitoring to use the new credentials", Workbench.TIMEOUT,
				() -> monitoring().monitored().stream().anyMatch(spec -> String
						.valueOf(spec.clientProperties().get("sasl.jaas.config")).contains(SECRET)));

		workbench.mainMenu("File", "Save");
		UiWait.until(workbench.display, "the save to finish", Workbench.TIMEOUT, () -> !document.isDirty());
		String saved = Files.readString(file, StandardCharsets.UTF_8);
		assertTrue(saved.contains("credentialsKey=\"" + key + "\""), "the topology file holds the key");
		assertEquals(List.of(), filesContainingTheSecret(), "no file shows the password in clear");

		dialogs.run(cluster, dialog -> {
			assertEquals("sync-monitor", CredentialsDialogs.texts(dialog).get(1).getText(), "the stored user name is shown");
			assertEquals("", CredentialsDialogs.texts(dialog).get(2).getText(), "the password is never shown");
			CredentialsDialogs.press(dialog, CredentialsDialog.CLEAR);
		});
		dialogs.awaitStorageJobs();
		assertEquals(Optional.empty(), credentials.username(key), "the credentials are removed");
		UiWait.until(workbench.display, "monitoring to stop using the removed secret", Workbench.TIMEOUT,
				() -> monitoring().monitored().stream().noneMatch(spec -> String
						.valueOf(spec.clientProperties().get("sasl.jaas.config")).contains(SECRET)));
	}

	@Test
	void aKafkaConnectClustersRestLoginIsKeptTheSameWay() throws Exception {
		TopologyDocument document = workbench.activeTopology().document().orElseThrow();
		KafkaConnectCluster connect = TopologyFactory.eINSTANCE.createKafkaConnectCluster();
		connect.setId("connect-eu");
		connect.setName("Connect eu");
		connect.setRestUrl("http://127.0.0.1:8083");
		TopologyEdits.execute(document, AddCommand.create(document.domain(), document.topology(),
				TopologyPackage.Literals.TOPOLOGY__ENDPOINTS, connect));

		dialogs.run(connect, dialog -> {
			assertFalse(Widgets.descendants(dialog, Label.class,
					label -> label.getText().equals("REST credentials (basic authentication) of Connect eu")).isEmpty(),
					"the dialog says what the login is for");
			CredentialsDialogs.fill(dialog, "connect-admin", SECRET);
			CredentialsDialogs.press(dialog, CredentialsDialog.SAVE);
		});

		dialogs.awaitStorageJobs();
		assertEquals("connect-eu", connect.getCredentialsKey(), "the Connect cluster refers to its login by key");
		SecureStorageCredentials.Login login = credentials.login("connect-eu");
		assertEquals("connect-admin", login.username());
		assertEquals(SECRET, new String(login.password()));
		assertEquals(List.of(), filesContainingTheSecret(), "no file shows the password in clear");
	}

	private static MonitoringService monitoring() {
		BundleContext context = FrameworkUtil.getBundle(CredentialsDialogTest.class).getBundleContext();
		return context.getService(context.getServiceReference(MonitoringService.class));
	}

	@Test
	void aNewSecureStorageAsksTheOperatorToChooseAMasterPassword() throws Exception {
		Path newStorage = TestOutput.scratchFolder("master-password").resolve("secure_storage");
		SecureStorageCredentials prompting = new SecureStorageCredentials(
				SecurePreferencesFactory.open(newStorage.toUri().toURL(), null));

		ModalDialogs.operate(workbench.display, MasterPasswordDialog.TITLE, Workbench.TIMEOUT, dialog -> {
			List<Text> passwords = Widgets.descendants(dialog, Text.class, t -> (t.getStyle() & SWT.PASSWORD) != 0);
			assertEquals(2, passwords.size(), "a new password is typed twice");
			passwords.get(0).setText("master-of-" + SECRET);
			passwords.get(1).setText("master-of-" + SECRET);
			Screenshots.ofShell(dialog, "master-password-dialog");
			CredentialsDialogs.press(dialog, "OK");
		}, () -> {
			try {
				prompting.store("prod-eu", "sync-monitor", SECRET.toCharArray());
			} catch (CredentialException e) {
				throw new AssertionError(e);
			}
		});

		assertTrue(String.valueOf(prompting.clientProperties("prod-eu", "PLAIN").get("sasl.jaas.config"))
				.contains("password=\"" + SECRET + "\""), "stored with the master password");
		assertTrue(Files.readString(newStorage, StandardCharsets.ISO_8859_1).contains("prod-eu"), "in this file");
		assertEquals(List.of(), FilesHolding.text(SECRET, List.of(newStorage)), "encrypted, not in clear");
	}

	private static KafkaCluster kafkaCluster(Topology topology) {
		return topology.getEndpoints().stream().filter(KafkaCluster.class::isInstance).map(KafkaCluster.class::cast)
				.findFirst().orElseThrow();
	}

	/** Files holding the secret in clear: workspace metadata (preferences), topology folder, storage folder. */
	private List<Path> filesContainingTheSecret() throws Exception {
		Path metadata = Path.of(Platform.getInstanceLocation().getURL().toURI()).resolve(".metadata");
		return FilesHolding.text(SECRET, List.of(metadata, file.getParent(), storageFile.getParent()));
	}
}
