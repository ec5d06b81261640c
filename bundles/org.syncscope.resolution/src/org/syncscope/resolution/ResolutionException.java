package org.syncscope.resolution;

/** A decision that cannot be carried out (read-only mode, no reason, a policy declining, a stale conflict). */
public class ResolutionException extends Exception {

	private static final long serialVersionUID = 1L;

	public ResolutionException(String message) {
		super(message);
	}

	public ResolutionException(String message, Throwable cause) {
		super(message, cause);
	}
}
