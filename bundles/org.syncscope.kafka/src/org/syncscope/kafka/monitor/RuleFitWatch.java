package org.syncscope.kafka.monitor;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Stream;

import org.syncscope.core.conflict.Conflict;
import org.syncscope.core.event.ChangeEvent;
import org.syncscope.core.merge.FieldRuleFit;
import org.syncscope.core.policy.ConflictPolicy;

/**
 * Checks the field rules of a {@link ConflictPolicy#FIELD_RULES} link against the values its conflicts hold,
 * the values the rules will merge, as each conflict is captured, and remembers per link the last value seen
 * that each rule does not fit; passes every call on to {@code next}. Payloads are read only here, on a
 * conflict, never per event.
 */
final class RuleFitWatch implements ConflictCaptureListener {

	private final ConflictCaptureListener next;
	private final Map<String, Map<String, String>> misfits = new ConcurrentHashMap<>();

	RuleFitWatch(ConflictCaptureListener next) {
		this.next = next;
	}

	/** For {@code linkId}, one line per rule that a value seen does not fit, in the order first seen. */
	List<String> misfits(String linkId) {
		Map<String, String> byRule = misfits.get(linkId);
		if (byRule == null) {
			return List.of();
		}
		synchronized (byRule) {
			return List.copyOf(byRule.values());
		}
	}

	@Override
	public void captured(CapturedConflict captured) {
		LinkSpec link = captured.link();
		if (link.policy() == ConflictPolicy.FIELD_RULES && !link.fieldRules().isEmpty()) {
			Stream.concat(captured.siblings().stream(), captured.ancestor().stream())
					.forEach(event -> check(link, event));
		}
		next.captured(captured);
	}

	private void check(LinkSpec link, ChangeEvent event) {
		for (FieldRuleFit.Misfit misfit : FieldRuleFit.misfits(link.fieldRules(), event.payload().toObjectNode())) {
			Map<String, String> byRule = misfits.computeIfAbsent(link.id(), id -> new LinkedHashMap<>());
			synchronized (byRule) {
				byRule.put(misfit.rule().toString(), "The field rule " + misfit.rule() + " does not fit a value seen: "
						+ misfit.reason() + " (" + event.key() + ", written at " + event.origin()
						+ "); its conflicts wait for a person");
			}
		}
	}

	@Override
	public void closed(LinkSpec link, Conflict conflict, ChangeEvent event) {
		next.closed(link, conflict, event);
	}

	@Override
	public void resolutionSeen(LinkSpec link, ChangeEvent event) {
		next.resolutionSeen(link, event);
	}
}
