package org.syncscope.connect.monitor;

import java.util.Optional;

import org.syncscope.connect.rest.ConnectorStatus;

/**
 * What the worker said about one connector: its status, or the problem that kept it from saying (the
 * connector does not exist there, or the request failed).
 */
public record ConnectorReport(String name, Optional<ConnectorStatus> status, Optional<String> problem) {

	/** A connector the worker reported. */
	public static ConnectorReport of(ConnectorStatus status) {
		return new ConnectorReport(status.name(), Optional.of(status), Optional.empty());
	}

	/** A connector the worker could not report. */
	public static ConnectorReport problem(String name, String problem) {
		return new ConnectorReport(name, Optional.empty(), Optional.of(problem));
	}
}
