package org.syncscope.connect.worker;

import org.apache.kafka.connect.cli.ConnectDistributed;

/**
 * Runs a Kafka Connect worker in distributed mode ({@link ConnectDistributed}, same arguments) for as long as
 * the process that started it lives. The owner's process id comes in the system property {@value #OWNER}; when
 * that process ends, however it ends, the worker shuts down through its own shutdown hook, so that no orphan
 * worker keeps its REST port, its group membership and its connectors' replication slots.
 */
public final class OwnedConnect {

	/** System property: the process id of the owner. */
	public static final String OWNER = "syncscope.connect.owner";

	private OwnedConnect() {
	}

	public static void main(String[] args) {
		String owner = System.getProperty(OWNER);
		if (owner != null) {
			ProcessHandle.of(Long.parseLong(owner)).ifPresentOrElse(
					process -> process.onExit().thenRun(OwnedConnect::ownerEnded), OwnedConnect::ownerEnded);
		}
		ConnectDistributed.main(args);
	}

	private static void ownerEnded() {
		System.err.println("The process that started this Connect worker has ended: shutting down");
		System.exit(0);
	}
}
