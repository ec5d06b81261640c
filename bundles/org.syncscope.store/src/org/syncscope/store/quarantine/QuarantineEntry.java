package org.syncscope.store.quarantine;

import java.time.Instant;
import java.util.Objects;

/**
 * A stored quarantined change-log record: where it came from, its raw bytes (key and value, either may be
 * absent), why it was refused and when.
 *
 * @param id row id (0 before it is stored)
 * @param topic the change log
 * @param partition the partition
 * @param offset the offset
 * @param key the record key's bytes, or null
 * @param value the record value's bytes, or null (a tombstone)
 * @param reason why it was refused, starting with its {@link #reasonCode() code}
 * @param quarantinedAt when
 */
public record QuarantineEntry(long id, String topic, int partition, long offset, byte[] key, byte[] value,
		String reason, Instant quarantinedAt) {

	/** The code of the reasons that do not start with one. */
	public static final String OTHER = "OTHER";

	public QuarantineEntry {
		Objects.requireNonNull(topic, "topic");
		Objects.requireNonNull(reason, "reason");
		Objects.requireNonNull(quarantinedAt, "quarantinedAt");
	}

	/** The reason's category: its leading upper-case word ({@code MALFORMED_JSON}, {@code TOMBSTONE}, ...). */
	public String reasonCode() {
		int end = 0;
		while (end < reason.length() && (Character.isUpperCase(reason.charAt(end)) || reason.charAt(end) == '_')) {
			end++;
		}
		boolean code = end > 1 && (end == reason.length() || reason.charAt(end) == ':' || reason.charAt(end) == ' ');
		return code ? reason.substring(0, end) : OTHER;
	}
}
