package org.syncscope.store;

/** The store cannot be used as it is (for instance written by a newer SyncScope); the message says why. */
public class StoreException extends Exception {

	private static final long serialVersionUID = 1L;

	public StoreException(String message) {
		super(message);
	}
}
