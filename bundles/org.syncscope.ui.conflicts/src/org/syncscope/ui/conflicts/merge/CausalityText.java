package org.syncscope.ui.conflicts.merge;

import java.time.Instant;
import java.util.List;

import org.syncscope.core.event.ChangeEvent;
import org.syncscope.core.policy.Resolution;
import org.syncscope.core.vv.Causality;
import org.syncscope.resolution.StoredConflict;

/**
 * Causality made readable: each version's origin, vector and time, how the versions relate (concurrent or one
 * descending from another, and from the ancestor), and what the link's automatic policy would pick and why.
 */
public final class CausalityText {

	private CausalityText() {
	}

	/** The description of {@code conflict}; {@code advice} is the link policy's answer, or an error text. */
	public static String of(StoredConflict conflict, String advice) {
		StringBuilder text = new StringBuilder();
		List<ChangeEvent> siblings = conflict.siblings();
		text.append(siblings.size()).append(" sibling versions");
		if (conflict.versionCount() > siblings.size()) {
			text.append(" (").append(conflict.versionCount() - siblings.size()).append(" more not known in full)");
		}
		text.append(" of ").append(conflict.key()).append(" on ").append(conflict.linkId()).append('\n');
		conflict.ancestor().ifPresentOrElse(
				ancestor -> text.append("Ancestor: ").append(describe(ancestor)).append('\n'),
				() -> text.append("Ancestor: not known (two-way comparison)\n"));
		for (int i = 0; i < siblings.size(); i++) {
			ChangeEvent sibling = siblings.get(i);
			text.append('v').append(i + 1).append(": ").append(describe(sibling));
			conflict.ancestor().ifPresent(ancestor -> {
				if (ancestor.version().compare(sibling.version()) == Causality.BEFORE) {
					text.append(", descends from the ancestor");
				}
			});
			text.append('\n');
		}
		for (int i = 0; i < siblings.size(); i++) {
			for (int j = i + 1; j < siblings.size(); j++) {
				Causality causality = siblings.get(i).version().compare(siblings.get(j).version());
				text.append("v").append(i + 1).append(" vs v").append(j + 1).append(": ").append(relation(causality))
						.append('\n');
			}
		}
		text.append("Link policy: ").append(advice);
		return text.toString();
	}

	/** The link policy's answer in words. */
	public static String advice(Resolution resolution) {
		return switch (resolution) {
		case Resolution.Resolved resolved -> resolved.policy() + " would write " + resolved.event().operation() + " — "
				+ resolved.explanation();
		case Resolution.Manual manual -> manual.policy() + " cannot decide: " + manual.reason();
		};
	}

	private static String describe(ChangeEvent event) {
		return event.origin() + " " + event.operation() + " " + event.version().asMap() + " at "
				+ Instant.ofEpochMilli(event.sourceTimestamp());
	}

	private static String relation(Causality causality) {
		return switch (causality) {
		case CONCURRENT -> "concurrent (neither saw the other)";
		case BEFORE -> "the first happened before the second";
		case AFTER -> "the second happened before the first";
		case EQUAL -> "same version";
		};
	}
}
