package org.syncscope.resolution;

import org.syncscope.core.event.ChangeEvent;

/**
 * A committed resolution: the conflict is {@link ConflictState#RESOLVED}, and its event waits in the outbox
 * (or was already published).
 *
 * @param conflictId the conflict resolved
 * @param resolutionId the resolution's id (the event id, sent as a record header)
 * @param event the event written back
 * @param outboxId the outbox row carrying it
 */
public record Applied(long conflictId, String resolutionId, ChangeEvent event, long outboxId) {
}
