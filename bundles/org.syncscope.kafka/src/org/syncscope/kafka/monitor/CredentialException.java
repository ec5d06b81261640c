package org.syncscope.kafka.monitor;

/** The credentials a cluster refers to could not be read; the cluster is then shown DOWN with this message. */
public class CredentialException extends Exception {

	private static final long serialVersionUID = 1L;

	public CredentialException(String message, Throwable cause) {
		super(message, cause);
	}
}
