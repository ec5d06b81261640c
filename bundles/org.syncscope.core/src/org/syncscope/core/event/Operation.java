package org.syncscope.core.event;

/** What a change event does to its key; the wire format spells it by its name. */
public enum Operation {
	/** Creates or replaces the value of the key with the event's payload. */
	UPSERT,
	/** Removes the key; the payload is conventionally empty. */
	DELETE
}
