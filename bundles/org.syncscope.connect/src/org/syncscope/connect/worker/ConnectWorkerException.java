package org.syncscope.connect.worker;

/** A local Kafka Connect worker could not be prepared, started or reached; the message says why. */
public class ConnectWorkerException extends Exception {

	private static final long serialVersionUID = 1L;

	public ConnectWorkerException(String message) {
		super(message);
	}

	public ConnectWorkerException(String message, Throwable cause) {
		super(message, cause);
	}
}
