package org.syncscope.replay;

/**
 * One event of the dry-run preview, safe to show: the payload's sensitive fields are masked, and a record
 * that does not decode shows the decode error instead of its bytes.
 *
 * @param summary operation, origin and version of the change event (or the decode error)
 * @param maskedPayload the payload as JSON with sensitive fields replaced by a mask
 */
public record PreviewEvent(int partition, long offset, long timestamp, String key, int replayCount,
		String summary, String maskedPayload) {
}
