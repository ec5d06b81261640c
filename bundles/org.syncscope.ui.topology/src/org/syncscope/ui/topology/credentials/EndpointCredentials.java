package org.syncscope.ui.topology.credentials;

import java.util.Optional;
import java.util.function.Consumer;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.emf.edit.command.SetCommand;
import org.eclipse.swt.widgets.Shell;
import org.syncscope.kafka.monitor.CredentialException;
import org.syncscope.kafka.monitor.SecureStorageCredentials;
import org.syncscope.topology.Endpoint;
import org.syncscope.topology.KafkaCluster;
import org.syncscope.topology.KafkaConnectCluster;
import org.syncscope.ui.topology.TopologyDocument;
import org.syncscope.ui.topology.TopologyEdits;

/**
 * The Credentials… command of an endpoint that has a credentials key (a Kafka cluster: its SASL login; a Kafka
 * Connect cluster: its REST interface's basic authentication; a database): asks for the user name and
 * password and writes them to Eclipse secure storage in a Job (encryption and the storage file stay off the UI
 * thread), or removes them. The topology only gains the credentials key, through an undoable edit; the secret
 * never enters the model, the topology file or plain preferences.
 */
public final class EndpointCredentials {

	/** Family of the Jobs that write or remove credentials, for whoever needs to wait for them. */
	public static final Object JOB_FAMILY = EndpointCredentials.class;

	private static final String CREDENTIALS_KEY = "credentialsKey";

	private final SecureStorageCredentials storage;
	private final Consumer<String> status;
	private final Consumer<String> changed;

	/**
	 * Credentials kept in {@code storage}; outcomes are reported through {@code status}, and {@code changed}
	 * is told the cluster's name once its credentials were stored or removed (on the Job's thread).
	 */
	public EndpointCredentials(SecureStorageCredentials storage, Consumer<String> status, Consumer<String> changed) {
		this.storage = storage;
		this.status = status;
		this.changed = changed;
	}

	/** The credentials key feature of {@code endpoint}'s kind, if it has one. */
	public static Optional<EStructuralFeature> credentialsKey(Endpoint endpoint) {
		return Optional.ofNullable(endpoint.eClass().getEStructuralFeature(CREDENTIALS_KEY));
	}

	/** Opens the dialog for {@code endpoint} (one with a credentials key) and applies what the operator chooses. */
	public void edit(Shell shell, TopologyDocument document, Endpoint endpoint) {
		EStructuralFeature feature = credentialsKey(endpoint).orElseThrow();
		String current = (String) endpoint.eGet(feature);
		String key = current == null || current.isBlank() ? endpoint.getId() : current;
		CredentialsDialog dialog = new CredentialsDialog(shell, heading(endpoint), key, storedUsername(key),
				endpoint instanceof KafkaCluster);
		if (dialog.open() != CredentialsDialog.OK) {
			return;
		}
		CredentialsDialog.Choice choice = dialog.choice().orElseThrow();
		if (!choice.clear() && !choice.key().equals(current)) {
			TopologyEdits.execute(document, SetCommand.create(document.domain(), endpoint, feature, choice.key()));
		}
		new Job((choice.clear() ? "Removing" : "Storing") + " the credentials of " + endpoint.getName()) {
			@Override
			protected IStatus run(IProgressMonitor monitor) {
				apply(choice, endpoint.getName());
				return Status.OK_STATUS;
			}

			@Override
			public boolean belongsTo(Object family) {
				return family == JOB_FAMILY;
			}
		}.schedule();
	}

	private void apply(CredentialsDialog.Choice choice, String clusterName) {
		try {
			if (choice.clear()) {
				storage.clear(choice.key());
				status.accept("Removed the stored credentials '" + choice.key() + "' of " + clusterName);
			} else {
				if (!choice.username().isEmpty()) {
					storage.store(choice.key(), choice.username(), choice.password());
				}
				if (choice.truststorePassword().length > 0) {
					storage.storeTruststorePassword(choice.key(), choice.truststorePassword());
				}
				status.accept("Stored the credentials of " + clusterName + " in secure storage as '" + choice.key() + "'");
			}
			changed.accept(clusterName);
		} catch (CredentialException e) {
			status.accept(e.getMessage());
		} finally {
			CredentialsDialog.wipe(choice);
		}
	}

	/** What the credentials of {@code endpoint} are for, as the dialog's heading says it. */
	private static String heading(Endpoint endpoint) {
		if (endpoint instanceof KafkaCluster) {
			return "SASL login and truststore password of " + endpoint.getName();
		}
		if (endpoint instanceof KafkaConnectCluster) {
			return "REST credentials (basic authentication) of " + endpoint.getName();
		}
		return "Credentials of " + endpoint.getName();
	}

	private Optional<String> storedUsername(String key) {
		try {
			return storage.username(key);
		} catch (CredentialException unreadable) {
			return Optional.empty();
		}
	}
}
