package org.syncscope.connect.tests;

import java.time.Duration;
import java.util.List;

import org.syncscope.connect.rest.ConnectClient;
import org.syncscope.connect.rest.ConnectRestException;
import org.syncscope.connect.rest.ConnectState;
import org.syncscope.testing.Await;

/** Waits on a worker's connectors by their reported status (bounded, never a fixed sleep). */
final class ConnectorProbes {

	private ConnectorProbes() {
	}

	/** Waits until connector {@code name} and all of its tasks run. */
	static void awaitRunning(ConnectClient client, String name, Duration timeout) {
		Await.until("connector " + name + " and its tasks to run", timeout, () -> isRunning(client, name));
	}

	/** Waits until connector {@code name} and all of its tasks are in {@code state}. */
	static void awaitState(ConnectClient client, String name, ConnectState state, Duration timeout) {
		Await.until("connector " + name + " and its tasks to be " + state, timeout, () -> {
			try {
				var status = client.status(name);
				return status.state() == state && status.tasks().stream().allMatch(task -> task.state() == state);
			} catch (ConnectRestException notYet) {
				return false;
			}
		});
	}

	static boolean isRunning(ConnectClient client, String name) {
		try {
			return client.status(name).isRunning();
		} catch (ConnectRestException notYet) {
			return false;
		}
	}

	/** The worker's connectors; a failed request counts as "still there". */
	static List<String> connectorsOr(ConnectClient client, List<String> whenUnreachable) {
		try {
			return client.connectors();
		} catch (ConnectRestException e) {
			return whenUnreachable;
		}
	}
}
