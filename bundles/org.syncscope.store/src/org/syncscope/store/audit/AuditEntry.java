package org.syncscope.store.audit;

import java.time.Instant;
import java.util.Objects;

/**
 * One line of the audit trail: who did what, when, to which record, with the value before and after and the
 * reason given. Values are JSON text (masked where the link masks fields); absent parts are empty strings.
 *
 * @param id row id (0 before it is appended)
 * @param occurredAt when
 * @param operator who: the configured operator name or the OS user
 * @param action what, e.g. {@code RESOLVE_MANUAL}, {@code DEFER}, {@code REVEAL}
 * @param linkId the link, or empty
 * @param key the record key, or empty
 * @param conflictId the conflict acted on, or 0
 * @param before the value before, or empty
 * @param after the value after, or empty
 * @param reason the reason the operator gave
 */
public record AuditEntry(long id, Instant occurredAt, String operator, String action, String linkId, String key,
		long conflictId, String before, String after, String reason) {

	public AuditEntry {
		Objects.requireNonNull(occurredAt, "occurredAt");
		Objects.requireNonNull(operator, "operator");
		Objects.requireNonNull(action, "action");
		linkId = linkId == null ? "" : linkId;
		key = key == null ? "" : key;
		before = before == null ? "" : before;
		after = after == null ? "" : after;
		reason = reason == null ? "" : reason;
	}
}
