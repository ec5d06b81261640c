package org.syncscope.core.process;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * What every child process SyncScope owns (the local broker, the Connect worker) shares: a session of its own,
 * a clean stop with a forced one after a timeout, and the tail of its console log for error messages.
 */
public final class ChildProcesses {

	/**
	 * setsid(1) where there is one (Linux): a child in a session of its own, so that a Ctrl+C in the terminal
	 * that started the workbench reaches only the workbench, which then stops its children in order.
	 */
	public static final Optional<Path> OWN_SESSION = Stream.of("/usr/bin/setsid", "/bin/setsid").map(Path::of)
			.filter(Files::isExecutable).findFirst();

	private static final int LOG_TAIL_LINES = 40;

	private ChildProcesses() {
	}

	/** Stops {@code process} (SIGTERM), forcibly if it has not ended within {@code timeout}; idempotent. */
	public static void stop(Process process, Duration timeout) {
		if (!process.isAlive()) {
			return;
		}
		process.destroy();
		try {
			if (!process.waitFor(timeout.toSeconds(), TimeUnit.SECONDS)) {
				process.destroyForcibly().waitFor(timeout.toSeconds(), TimeUnit.SECONDS);
			}
		} catch (InterruptedException e) {
			process.destroyForcibly();
			Thread.currentThread().interrupt();
		}
	}

	/** The last lines of a console log, or why there are none. */
	public static String tail(Path log) {
		try {
			List<String> lines = Files.readAllLines(log, StandardCharsets.UTF_8);
			return String.join("\n", lines.subList(Math.max(0, lines.size() - LOG_TAIL_LINES), lines.size()));
		} catch (IOException e) {
			return "(no log at " + log + ": " + e.getMessage() + ")";
		}
	}
}
