package org.syncscope.replay;

/**
 * A replay cannot be planned or run as asked; the message is written for the operator (it names the topic,
 * partition or offsets at fault and what would be accepted), because it is shown as is in the wizard and on
 * the command line.
 */
public class ReplayException extends Exception {

	private static final long serialVersionUID = 1L;

	public ReplayException(String message) {
		super(message);
	}

	public ReplayException(String message, Throwable cause) {
		super(message, cause);
	}
}
