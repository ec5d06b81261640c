package org.syncscope.connect.rest;

import java.util.List;
import java.util.Optional;

/**
 * A connector's status as {@code GET /connectors/{name}/status} reports it: its own state, the worker it
 * runs on, its type ({@code source} or {@code sink}), a trace when it failed, and its tasks.
 */
public record ConnectorStatus(String name, String type, ConnectState state, String workerId,
		Optional<String> trace, List<TaskStatus> tasks) {

	public ConnectorStatus {
		tasks = List.copyOf(tasks);
	}

	/** Whether the connector and every one of its tasks (at least one) run. */
	public boolean isRunning() {
		return state == ConnectState.RUNNING && !tasks.isEmpty()
				&& tasks.stream().allMatch(task -> task.state() == ConnectState.RUNNING);
	}

	/** The first failure: the connector's own, else that of its first failed task. */
	public Optional<String> failure() {
		if (state == ConnectState.FAILED) {
			return Optional.of(trace.orElse("The connector failed"));
		}
		return tasks.stream().filter(task -> task.state() == ConnectState.FAILED).findFirst()
				.map(task -> task.trace().orElse("Task " + task.id() + " failed"));
	}
}
