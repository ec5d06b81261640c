package org.syncscope.monitor.tests;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;

import org.syncscope.kafka.monitor.CredentialResolver;
import org.syncscope.monitor.cli.MonitorCommand;

/** One run of {@code syncscope monitor} in the test's JVM: its exit code and what it printed. */
record MonitorRun(int exitCode, String out, String err) {

	static MonitorRun of(String... args) {
		return with(CredentialResolver.NONE, args);
	}

	/** A run that finds the credentials its topology names in {@code secureStorage}. */
	static MonitorRun with(CredentialResolver secureStorage, String... args) {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		ByteArrayOutputStream err = new ByteArrayOutputStream();
		int exit = new MonitorCommand(new PrintStream(out, true, StandardCharsets.UTF_8),
				new PrintStream(err, true, StandardCharsets.UTF_8), secureStorage).run(args);
		return new MonitorRun(exit, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
	}

	@Override
	public String toString() {
		return "exit " + exitCode + "\n--- out:\n" + out + "--- err:\n" + err;
	}
}
