package org.syncscope.ui.conflicts;

import java.time.Duration;
import java.time.Instant;
import java.util.Locale;

import org.syncscope.resolution.StoredConflict;

/**
 * Which conflicts the table shows: one link (or all), a text matched against key and replicas, and a minimum
 * age.
 *
 * @param linkId the link, or empty for all
 * @param text matched ignoring case against the key and the replica ids, or empty
 * @param minimumAge conflicts younger than this are hidden
 */
public record ConflictFilter(String linkId, String text, Duration minimumAge) {

	/** Everything. */
	public static final ConflictFilter ALL = new ConflictFilter("", "", Duration.ZERO);

	/** Whether {@code conflict} passes, at {@code now}. */
	public boolean accepts(StoredConflict conflict, Instant now) {
		if (!linkId.isEmpty() && !linkId.equals(conflict.linkId())) {
			return false;
		}
		if (Duration.between(conflict.detectedAt(), now).compareTo(minimumAge) < 0) {
			return false;
		}
		String needle = text.strip().toLowerCase(Locale.ROOT);
		return needle.isEmpty() || conflict.key().toLowerCase(Locale.ROOT).contains(needle)
				|| conflict.replicas().stream().anyMatch(r -> r.toLowerCase(Locale.ROOT).contains(needle));
	}
}
