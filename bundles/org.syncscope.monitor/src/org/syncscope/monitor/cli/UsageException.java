package org.syncscope.monitor.cli;

/** The command line or the topology is wrong: the monitor stops before monitoring, with exit code 3. */
final class UsageException extends Exception {

	private static final long serialVersionUID = 1L;

	UsageException(String message) {
		super(message);
	}

	UsageException(String message, Throwable cause) {
		super(message, cause);
	}
}
