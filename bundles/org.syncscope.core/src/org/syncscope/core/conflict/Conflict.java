package org.syncscope.core.conflict;

import java.time.Instant;
import java.util.List;
import java.util.Objects;

/**
 * Two or more concurrent versions of one key on one link (siblings): what the console shows and what the
 * policies resolve. An immutable snapshot; the detector publishes a new one when a sibling is added.
 *
 * @param link the sync link the versions were seen on
 * @param key the key in conflict
 * @param versions the concurrent versions, pairwise concurrent, oldest detection first
 * @param detectedAt when the first two versions were found concurrent
 */
public record Conflict(String link, String key, List<Version> versions, Instant detectedAt) {

	/**
	 * Copies the version list.
	 *
	 * @throws IllegalArgumentException with fewer than two versions
	 */
	public Conflict {
		Objects.requireNonNull(link, "link");
		Objects.requireNonNull(key, "key");
		Objects.requireNonNull(detectedAt, "detectedAt");
		versions = List.copyOf(versions);
		if (versions.size() < 2) {
			throw new IllegalArgumentException("A conflict needs at least two versions, got " + versions.size());
		}
	}

	/** The same conflict as seen on {@code otherLink}, a link that watches the same change logs. */
	public Conflict onLink(String otherLink) {
		return link.equals(otherLink) ? this : new Conflict(otherLink, key, versions, detectedAt);
	}

	/** Whether all versions have identical content, so that nothing needs to be chosen. */
	public boolean isPseudo() {
		return versions.stream().allMatch(version -> version.sameContent(versions.get(0)));
	}
}
