package org.syncscope.kafka.broker;

/** A local broker could not be formatted, started or stopped; the message says why, with its log's tail. */
public class BrokerException extends Exception {

	private static final long serialVersionUID = 1L;

	public BrokerException(String message) {
		super(message);
	}

	public BrokerException(String message, Throwable cause) {
		super(message, cause);
	}
}
