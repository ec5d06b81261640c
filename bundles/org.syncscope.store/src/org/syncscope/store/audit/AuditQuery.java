package org.syncscope.store.audit;

import java.util.Objects;

/**
 * Which audit entries to list: every non-empty criterion must match (text matches key, reason or operator,
 * ignoring case); newest first, at most {@code limit}.
 *
 * @param linkId the link, or empty for all
 * @param action the action, or empty for all
 * @param text a substring, or empty
 * @param limit the maximum number of entries
 */
public record AuditQuery(String linkId, String action, String text, int limit) {

	/** The newest thousand entries. */
	public static final AuditQuery ALL = new AuditQuery("", "", "", 1_000);

	public AuditQuery {
		Objects.requireNonNull(linkId, "linkId");
		Objects.requireNonNull(action, "action");
		Objects.requireNonNull(text, "text");
	}
}
