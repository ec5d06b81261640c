package org.syncscope.connect.monitor;

/** How a link's connectors are, worst first: the order in which a summary picks what to show. */
public enum ConnectHealth {
	/** the Connect cluster could not be reached */
	DOWN,
	/** a connector or one of its tasks failed */
	FAILED,
	/** a named connector does not exist on the cluster (or could not be read) */
	MISSING,
	/** a connector or task is paused, stopped, unassigned or restarting: not moving changes */
	NOT_RUNNING,
	/** every connector and task runs */
	RUNNING
}
