package org.syncscope.replay;

import java.util.Objects;

/**
 * One replay as the operator asked for it: which link, which range, which keys, where to, why and who. The
 * reason and the operator are required because every replay is audited.
 */
public record ReplayRequest(ReplayLink link, ReplayRange range, KeyFilter keyFilter, String targetTopic,
		String reason, String operator) {

	public ReplayRequest {
		Objects.requireNonNull(link, "link");
		Objects.requireNonNull(range, "range");
		Objects.requireNonNull(keyFilter, "keyFilter");
		Objects.requireNonNull(targetTopic, "targetTopic");
		Objects.requireNonNull(reason, "reason");
		Objects.requireNonNull(operator, "operator");
	}

	/** Checks what can be checked without the broker: target allowed, reason and operator given. */
	public void check() throws ReplayException {
		link.checkTarget(targetTopic);
		if (reason.isBlank()) {
			throw new ReplayException("A reason is required: every replay is audited");
		}
		if (operator.isBlank()) {
			throw new ReplayException("The operator is unknown: every replay is audited");
		}
	}
}
