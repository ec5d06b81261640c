package org.syncscope.connect.rest;

/**
 * A request to a Kafka Connect worker's REST interface failed: the worker answered with an error (its HTTP
 * status and its own message), or it could not be reached ({@link #statusCode()} 0, the cause attached).
 */
public class ConnectRestException extends Exception {

	private static final long serialVersionUID = 1L;

	private final int statusCode;

	public ConnectRestException(int statusCode, String message) {
		super(message);
		this.statusCode = statusCode;
	}

	public ConnectRestException(String message, Throwable cause) {
		super(message, cause);
		this.statusCode = 0;
	}

	/** The HTTP status of the worker's answer; 0 when there was none. */
	public int statusCode() {
		return statusCode;
	}

	/** Whether the worker could not be reached at all. */
	public boolean isUnreachable() {
		return statusCode == 0;
	}
}
