package org.syncscope.simulator;

/** The simulator could not prepare its topics or start; the message says why. */
public class SimulatorException extends Exception {

	private static final long serialVersionUID = 1L;

	public SimulatorException(String message, Throwable cause) {
		super(message, cause);
	}
}
