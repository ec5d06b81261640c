package org.syncscope.logging;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Consumer;

import org.eclipse.core.runtime.ILog;
import org.eclipse.core.runtime.IStatus;
import org.slf4j.ILoggerFactory;
import org.slf4j.Logger;

/**
 * Makes the SLF4J loggers of the libraries SyncScope runs: each writes warnings and errors to the Eclipse
 * platform log (the Log part and the workspace's {@code .metadata/.log}), one of a kind a minute, and
 * nothing to the terminal.
 */
public final class PlatformLoggerFactory implements ILoggerFactory {

	private final Map<String, Logger> loggers = new ConcurrentHashMap<>();
	private final RepeatedMessages repeats = new RepeatedMessages(System::nanoTime);
	private final Consumer<IStatus> log = ILog.of(PlatformLoggerFactory.class)::log;

	@Override
	public Logger getLogger(String name) {
		return loggers.computeIfAbsent(name, n -> new PlatformLogger(n, repeats, log));
	}
}
