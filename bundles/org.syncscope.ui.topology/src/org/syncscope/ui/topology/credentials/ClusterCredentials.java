package org.syncscope.ui.topology.credentials;

import java.util.Optional;
import java.util.function.Consumer;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.emf.edit.command.SetCommand;
import org.eclipse.swt.widgets.Shell;
import org.syncscope.kafka.monitor.CredentialException;
import org.syncscope.kafka.monitor.SecureStorageCredentials;
import org.syncscope.topology.KafkaCluster;
import org.syncscope.topology.TopologyPackage;
import org.syncscope.ui.topology.TopologyDocument;
import org.syncscope.ui.topology.TopologyEdits;

/**
 * The Credentials… command of a Kafka cluster: asks for its SASL user name and password and writes them to
 * Eclipse secure storage in a Job (encryption and the storage file stay off the UI thread), or removes them.
 * The topology only gains the credentials key, through an undoable edit; the secret never enters the model,
 * the topology file or plain preferences.
 */
public final class ClusterCredentials {

	/** Family of the Jobs that write or remove credentials, for whoever needs to wait for them. */
	public static final Object JOB_FAMILY = ClusterCredentials.class;

	private final SecureStorageCredentials storage;
	private final Consumer<String> status;
	private final Consumer<String> changed;

	/**
	 * Credentials kept in {@code storage}; outcomes are reported through {@code status}, and {@code changed}
	 * is told the cluster's name once its credentials were stored or removed (on the Job's thread).
	 */
	public ClusterCredentials(SecureStorageCredentials storage, Consumer<String> status, Consumer<String> changed) {
		this.storage = storage;
		this.status = status;
		this.changed = changed;
	}

	/** Opens the dialog for {@code cluster} and applies what the operator chooses. */
	public void edit(Shell shell, TopologyDocument document, KafkaCluster cluster) {
		String key = keyOf(cluster);
		CredentialsDialog dialog = new CredentialsDialog(shell, cluster.getName(), key, storedUsername(key));
		if (dialog.open() != CredentialsDialog.OK) {
			return;
		}
		CredentialsDialog.Choice choice = dialog.choice().orElseThrow();
		if (!choice.clear() && !choice.key().equals(cluster.getCredentialsKey())) {
			TopologyEdits.execute(document, SetCommand.create(document.domain(), cluster,
					TopologyPackage.Literals.KAFKA_CLUSTER__CREDENTIALS_KEY, choice.key()));
		}
		new Job((choice.clear() ? "Removing" : "Storing") + " the credentials of " + cluster.getName()) {
			@Override
			protected IStatus run(IProgressMonitor monitor) {
				apply(choice, cluster.getName());
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
				storage.store(choice.key(), choice.username(), choice.password());
				status.accept("Stored the credentials of " + clusterName + " in secure storage as '" + choice.key() + "'");
			}
			changed.accept(clusterName);
		} catch (CredentialException e) {
			status.accept(e.getMessage());
		} finally {
			CredentialsDialog.wipe(choice);
		}
	}

	private Optional<String> storedUsername(String key) {
		try {
			return storage.username(key);
		} catch (CredentialException unreadable) {
			return Optional.empty();
		}
	}

	/** The cluster's credentials key, or its id for a cluster that has none yet. */
	private static String keyOf(KafkaCluster cluster) {
		String key = cluster.getCredentialsKey();
		return key == null || key.isBlank() ? cluster.getId() : key;
	}
}
