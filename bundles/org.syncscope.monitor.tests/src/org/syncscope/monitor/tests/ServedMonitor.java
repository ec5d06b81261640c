package org.syncscope.monitor.tests;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.syncscope.kafka.monitor.CredentialResolver;
import org.syncscope.monitor.cli.MonitorCommand;
import org.syncscope.testing.Await;

/**
 * {@code syncscope monitor --prometheus 127.0.0.1:0 --every ...} running on a thread of the test, with the
 * address it serves metrics on (read from what it prints, as an operator would) and its exit code once stopped.
 */
final class ServedMonitor implements AutoCloseable {

	private static final Pattern SERVING = Pattern.compile("Serving Prometheus metrics at http://127\\.0\\.0\\.1:(\\d+)/metrics");

	private final MonitorCommand command;
	private final ByteArrayOutputStream out = new ByteArrayOutputStream();
	private final ByteArrayOutputStream err = new ByteArrayOutputStream();
	private final CompletableFuture<Integer> exit;
	private final int port;

	ServedMonitor(String... args) {
		command = new MonitorCommand(new PrintStream(out, true, StandardCharsets.UTF_8),
				new PrintStream(err, true, StandardCharsets.UTF_8), CredentialResolver.NONE);
		exit = CompletableFuture.supplyAsync(() -> command.run(args));
		int[] found = new int[1];
		Await.until("the monitor serving metrics", Duration.ofSeconds(30), () -> {
			if (exit.isDone()) {
				throw new AssertionError("The monitor ended: " + exit.join() + "\n" + err());
			}
			Matcher matcher = SERVING.matcher(err());
			if (matcher.find()) {
				found[0] = Integer.parseInt(matcher.group(1));
				return true;
			}
			return false;
		});
		port = found[0];
	}

	int port() {
		return port;
	}

	String metricsUrl() {
		return "http://127.0.0.1:" + port + "/metrics";
	}

	String out() {
		return out.toString(StandardCharsets.UTF_8);
	}

	String err() {
		return err.toString(StandardCharsets.UTF_8);
	}

	/** Stops the monitor and returns its exit code. */
	int stop() throws Exception {
		command.stop();
		return exit.get(30, TimeUnit.SECONDS);
	}

	@Override
	public void close() throws Exception {
		if (!exit.isDone()) {
			stop();
		}
	}
}
