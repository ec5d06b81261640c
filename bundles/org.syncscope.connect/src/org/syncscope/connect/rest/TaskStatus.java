package org.syncscope.connect.rest;

import java.util.Optional;

/** One task of a connector as the worker reports it; {@code trace} is the stack trace of a FAILED task. */
public record TaskStatus(int id, ConnectState state, String workerId, Optional<String> trace) {
}
