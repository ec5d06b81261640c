package org.syncscope.testing.prometheus;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.TimeUnit;

/** {@code promtool check metrics} from Debian's prometheus package, over an exposition given as text. */
public final class Promtool {

	/** What promtool said and its exit code (0: no problem found). */
	public record Check(int exitCode, String output) {
	}

	private Promtool() {
	}

	public static Check checkMetrics(String exposition) throws IOException, InterruptedException {
		Process process = new ProcessBuilder(LocalPrometheus.PROMTOOL.toString(), "check", "metrics")
				.redirectErrorStream(true).start();
		try (OutputStream in = process.getOutputStream()) {
			in.write(exposition.getBytes(StandardCharsets.UTF_8));
		}
		String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
		if (!process.waitFor(60, TimeUnit.SECONDS)) {
			process.destroyForcibly();
			throw new IOException("promtool did not finish within 60 s");
		}
		return new Check(process.exitValue(), output);
	}
}
