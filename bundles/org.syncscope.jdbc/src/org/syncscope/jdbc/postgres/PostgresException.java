package org.syncscope.jdbc.postgres;

/** A local PostgreSQL server could not be found, prepared, started or stopped; the message says what to do. */
public final class PostgresException extends Exception {

	private static final long serialVersionUID = 1L;

	public PostgresException(String message) {
		super(message);
	}

	public PostgresException(String message, Throwable cause) {
		super(message, cause);
	}
}
