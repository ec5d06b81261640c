package org.syncscope.connect.rest;

import java.util.Locale;

/** The state Kafka Connect reports for a connector or one of its tasks. */
public enum ConnectState {
	RUNNING, PAUSED, STOPPED, FAILED, UNASSIGNED, RESTARTING,
	/** A state this version of SyncScope does not know (a newer worker's). */
	UNKNOWN;

	/** The state named {@code name} in a status response; {@link #UNKNOWN} for any other name. */
	public static ConnectState of(String name) {
		try {
			return valueOf(name.toUpperCase(Locale.ROOT));
		} catch (IllegalArgumentException | NullPointerException unknown) {
			return UNKNOWN;
		}
	}
}
