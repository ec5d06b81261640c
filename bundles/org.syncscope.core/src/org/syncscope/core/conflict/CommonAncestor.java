package org.syncscope.core.conflict;

import java.util.List;

import org.syncscope.core.vv.Causality;
import org.syncscope.core.vv.VersionVector;

/**
 * Whether a version is the one a conflict's siblings all started from: what three-way merges need as their
 * base. Only the latest common version qualifies; an older one would count the changes made before the fork
 * twice in a merge that adds up each side's difference (a counter).
 */
public final class CommonAncestor {

	private CommonAncestor() {
	}

	/**
	 * Whether {@code ancestor} happened before every one of {@code siblings} and is exactly what they have in
	 * common (each replica's counter the least of theirs).
	 */
	public static boolean isLatest(VersionVector ancestor, List<VersionVector> siblings) {
		if (siblings.size() < 2) {
			return false;
		}
		for (VersionVector sibling : siblings) {
			if (ancestor.compare(sibling) != Causality.BEFORE) {
				return false;
			}
		}
		for (VersionVector sibling : siblings) {
			for (int i = 0; i < sibling.size(); i++) {
				String replica = sibling.replicaAt(i);
				long least = siblings.stream().mapToLong(other -> other.counter(replica)).min().orElse(0);
				if (ancestor.counter(replica) != least) {
					return false;
				}
			}
		}
		return true;
	}
}
