package org.syncscope.connect.monitor;

import org.syncscope.core.lag.Severity;

/** How a link's connectors are, worst first: the order in which a summary picks what to show. */
public enum ConnectHealth {
	/** the Connect cluster could not be reached */
	DOWN(Severity.CRITICAL),
	/** a connector or one of its tasks failed */
	FAILED(Severity.CRITICAL),
	/** a named connector does not exist on the cluster (or could not be read) */
	MISSING(Severity.WARNING),
	/** a connector or task is paused, stopped, unassigned or restarting: not moving changes */
	NOT_RUNNING(Severity.WARNING),
	/** every connector and task runs */
	RUNNING(Severity.OK);

	private final Severity severity;

	ConnectHealth(Severity severity) {
		this.severity = severity;
	}

	/** How serious this is, on the scale lag statuses use (for colours and the overview). */
	public Severity severity() {
		return severity;
	}
}
