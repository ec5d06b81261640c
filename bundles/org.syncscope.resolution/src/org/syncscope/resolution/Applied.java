package org.syncscope.resolution;

import org.syncscope.core.event.ChangeEvent;

/**
 * A committed resolution: the conflict is {@link ConflictState#RESOLVED}, and its event waits in the outbox
 * (or was already published), or, on a link of Debezium's events, its row was written into the database.
 *
 * @param conflictId the conflict resolved
 * @param resolutionId the resolution's id (the event id, sent as a record header)
 * @param event the event written back
 * @param outboxId the first outbox row carrying it (on the link's own change log; the target's logs get one each
 *                 too), {@link #NO_OUTBOX} when the row was written into a database
 */
public record Applied(long conflictId, String resolutionId, ChangeEvent event, long outboxId) {

	/** The outbox id of a resolution written into a database, not published. */
	public static final long NO_OUTBOX = 0;
}
