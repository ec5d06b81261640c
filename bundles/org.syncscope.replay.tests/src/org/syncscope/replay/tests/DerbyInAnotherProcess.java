package org.syncscope.replay.tests;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Set;

import org.syncscope.testing.Await;
import org.syncscope.testing.BundleClassPath;

/**
 * A second JVM that boots a Derby database and keeps it open (Derby's own {@code ij} tool, fed on stdin), as
 * a running workbench holds the workspace's store. Closing it ends the process, which releases the database.
 */
final class DerbyInAnotherProcess implements AutoCloseable {

	private static final Set<String> DERBY_BUNDLES = Set.of("derby", "derbyshared", "derbytools");

	private final Process process;
	private final StringBuffer output = new StringBuffer();

	private DerbyInAnotherProcess(Process process) {
		this.process = process;
	}

	/** Starts the process and returns once it has the database in {@code directory} open (creating it). */
	static DerbyInAnotherProcess holding(Path directory) throws IOException {
		List<String> command = List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-cp",
				BundleClassPath.of(DerbyInAnotherProcess.class, DERBY_BUNDLES), "org.apache.derby.tools.ij");
		DerbyInAnotherProcess holder = new DerbyInAnotherProcess(
				new ProcessBuilder(command).redirectErrorStream(true).start());
		holder.copyOutput();
		OutputStream in = holder.process.getOutputStream();
		in.write(("connect 'jdbc:derby:" + directory + ";create=true';\nvalues 42;\n").getBytes(StandardCharsets.UTF_8));
		in.flush();
		Await.until("a second JVM to open " + directory + "; its output: " + holder.output, Duration.ofSeconds(60),
				() -> holder.output.toString().contains("1 row selected") || !holder.process.isAlive());
		if (!holder.output.toString().contains("1 row selected")) {
			throw new AssertionError("The second JVM (" + command + ") did not open the database: " + holder.output);
		}
		return holder;
	}

	private void copyOutput() {
		Thread reader = new Thread(() -> {
			try (InputStream out = process.getInputStream()) {
				byte[] buffer = new byte[4096];
				for (int read; (read = out.read(buffer)) >= 0;) {
					output.append(new String(buffer, 0, read, StandardCharsets.UTF_8));
				}
			} catch (IOException e) {
				output.append(e);
			}
		}, "derby-holder-output");
		reader.setDaemon(true);
		reader.start();
	}

	@Override
	public void close() throws InterruptedException {
		process.destroy();
		if (!process.waitFor(30, java.util.concurrent.TimeUnit.SECONDS)) {
			process.destroyForcibly().waitFor();
		}
	}
}
