package org.syncscope.store;

/** Another process (a running workbench) has the store open; embedded Derby allows one process at a time. */
public class StoreInUseException extends StoreException {

	private static final long serialVersionUID = 1L;

	public StoreInUseException(String message) {
		super(message);
	}
}
