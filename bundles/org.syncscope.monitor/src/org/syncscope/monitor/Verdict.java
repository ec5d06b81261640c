package org.syncscope.monitor;

import org.syncscope.core.lag.Severity;
import org.syncscope.kafka.monitor.ClusterStatus;

/** How a link, a cluster or a whole report stands, declared from best to worst, with its exit code. */
public enum Verdict {
	/** Nothing to report. */
	OK(0),
	/** Worth a look: a lag past its warning threshold, a rebalancing group, a degraded cluster. */
	WARNING(1),
	/** Needs action: a critical status or lag, a cluster DOWN or never reached. */
	CRITICAL(2);

	private final int exitCode;

	Verdict(int exitCode) {
		this.exitCode = exitCode;
	}

	/** The process exit code for this verdict: 0, 1 or 2. */
	public int exitCode() {
		return exitCode;
	}

	/** The worse of two verdicts. */
	public Verdict worst(Verdict other) {
		return compareTo(other) >= 0 ? this : other;
	}

	/** A link's severity as a verdict; UNKNOWN (a rebalancing group) is a warning. */
	public static Verdict of(Severity severity) {
		return switch (severity) {
		case OK -> OK;
		case WARNING, UNKNOWN -> WARNING;
		case CRITICAL -> CRITICAL;
		};
	}

	/** A cluster's status as a verdict: DEGRADED is a warning, DOWN or not yet reached critical. */
	public static Verdict of(ClusterStatus status) {
		return switch (status) {
		case UP -> OK;
		case DEGRADED -> WARNING;
		case DOWN, CONNECTING -> CRITICAL;
		};
	}
}
