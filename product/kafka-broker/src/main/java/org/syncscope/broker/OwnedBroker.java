package org.syncscope.broker;

/**
 * Runs the Kafka broker ({@code kafka.Kafka}, same arguments) for as long as the process that started it lives.
 * The owner's process id comes in the system property {@value #OWNER}; when that process ends, however it ends
 * (also killed with SIGKILL, when it cannot stop the broker itself), the broker shuts down cleanly through its
 * own shutdown hook, so no orphan broker keeps the data directory and the ports of the next start.
 */
public final class OwnedBroker {

	/** System property: the process id of the owner. */
	public static final String OWNER = "syncscope.broker.owner";

	private OwnedBroker() {
	}

	public static void main(String[] args) throws Exception {
		String owner = System.getProperty(OWNER);
		if (owner != null) {
			ProcessHandle.of(Long.parseLong(owner)).ifPresentOrElse(
					process -> process.onExit().thenRun(OwnedBroker::ownerEnded), OwnedBroker::ownerEnded);
		}
		kafka.Kafka.main(args);
	}

	private static void ownerEnded() {
		System.err.println("The process that started this broker has ended: shutting down");
		System.exit(0);
	}
}
