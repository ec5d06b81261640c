package org.syncscope.connect.worker;

import java.io.File;
import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import org.syncscope.core.process.ChildProcesses;
import org.syncscope.connect.rest.ConnectClient;

/**
 * A Kafka Connect worker in distributed mode, run in a child JVM from the connect-runtime jars of Maven
 * Central, with its REST interface on a free port of 127.0.0.1 and its configs, offsets and statuses in
 * topics of the given broker. {@link #start} returns once the worker reports itself healthy (its REST
 * {@code /health}: joined its group, ready for requests). The worker stops with this JVM: {@link #close} or,
 * when the JVM ends by a signal, a shutdown hook stops it, and if the JVM is killed outright the worker
 * notices its owner is gone and shuts itself down (the worker module's {@code OwnedConnect} main).
 */
public final class LocalConnectWorker implements AutoCloseable {

	private static final Duration STOP_TIMEOUT = Duration.ofSeconds(30);
	private static final Duration PROBE_INTERVAL = Duration.ofMillis(250);
	/** Runs ConnectDistributed while the process named by {@link #OWNER_PROPERTY} lives (product/connect-worker). */
	private static final String OWNED_CONNECT_MAIN = "org.syncscope.connect.worker.OwnedConnect";
	private static final String OWNER_PROPERTY = "syncscope.connect.owner";

	private final ConnectWorkerSettings settings;
	private final WorkerLayout layout;
	private final URI restUrl;
	private final Process process;
	private final Thread stopOnExit;

	private LocalConnectWorker(ConnectWorkerSettings settings, WorkerLayout layout, URI restUrl, Process process) {
		this.settings = settings;
		this.layout = layout;
		this.restUrl = restUrl;
		this.process = process;
		this.stopOnExit = new Thread(this::stopProcess, "stop-connect-worker-" + restUrl.getPort());
		Runtime.getRuntime().addShutdownHook(stopOnExit);
	}

	/** Writes the worker's configuration, starts it and waits until it reports itself healthy. */
	public static LocalConnectWorker start(ConnectWorkerSettings settings) throws ConnectWorkerException {
		if (!Files.isDirectory(settings.libDirectory())) {
			throw new ConnectWorkerException("No Kafka Connect jars at " + settings.libDirectory()
					+ " (the build copies them there: product/connect-worker, or connect/lib in the product)");
		}
		for (Path plugin : settings.pluginPath()) {
			if (!Files.isDirectory(plugin)) {
				throw new ConnectWorkerException("No connector plug-ins at " + plugin
						+ " (the build copies them there: product/connect-plugins)");
			}
		}
		WorkerLayout layout = new WorkerLayout(settings.dataDirectory());
		try {
			int restPort = settings.restPort() > 0 ? settings.restPort() : WorkerLayout.freePort();
			layout.writeConfiguration(settings, restPort);
			Process process = launch(settings, layout);
			LocalConnectWorker worker = new LocalConnectWorker(settings, layout,
					URI.create("http://" + WorkerLayout.HOST + ":" + restPort + "/"), process);
			worker.awaitHealthy();
			return worker;
		} catch (IOException e) {
			throw new ConnectWorkerException("Cannot prepare the Connect worker in " + settings.dataDirectory() + ": "
					+ e.getMessage(), e);
		}
	}

	private static Process launch(ConnectWorkerSettings settings, WorkerLayout layout) throws IOException {
		List<String> command = new ArrayList<>();
		ChildProcesses.OWN_SESSION.ifPresent(setsid -> command.add(setsid.toString()));
		command.addAll(List.of(settings.javaCommand(), "-Xms128m", "-Xmx768m", "-XX:+UseG1GC",
				"-Djava.awt.headless=true", "-Dlog4j2.configurationFile=" + layout.loggingProperties(),
				"-D" + OWNER_PROPERTY + "=" + settings.owner(),
				"-cp", settings.libDirectory() + File.separator + "*",
				OWNED_CONNECT_MAIN, layout.workerProperties().toString()));
		return new ProcessBuilder(command).directory(settings.dataDirectory().toFile()).redirectErrorStream(true)
				.redirectOutput(ProcessBuilder.Redirect.appendTo(layout.consoleLog().toFile())).start();
	}

	private void awaitHealthy() throws ConnectWorkerException {
		long deadline = System.nanoTime() + settings.startTimeout().toNanos();
		ConnectClient client = client();
		try {
			while (!client.isHealthy()) {
				if (!process.isAlive()) {
					throw new ConnectWorkerException("The Connect worker exited with code " + process.exitValue()
							+ " while starting:\n" + ChildProcesses.tail(layout.consoleLog()));
				}
				if (System.nanoTime() > deadline) {
					stopProcess();
					throw new ConnectWorkerException("The Connect worker was not healthy within "
							+ settings.startTimeout().toSeconds() + " s:\n" + ChildProcesses.tail(layout.consoleLog()));
				}
				Thread.sleep(PROBE_INTERVAL.toMillis());
			}
		} catch (InterruptedException e) {
			stopProcess();
			Thread.currentThread().interrupt();
			throw new ConnectWorkerException("Interrupted while waiting for the Connect worker", e);
		}
	}

	/** The worker's REST URL, {@code http://127.0.0.1:port/}. */
	public URI restUrl() {
		return restUrl;
	}

	/** How this worker was started; {@code withRestPort(restUrl().getPort())} starts it again at the same URL. */
	public ConnectWorkerSettings settings() {
		return settings;
	}

	/** A REST client of this worker. */
	public ConnectClient client() {
		return new ConnectClient(restUrl);
	}

	/** Where the worker keeps its configuration and console log. */
	public Path dataDirectory() {
		return settings.dataDirectory();
	}

	/** The worker's console log. */
	public Path consoleLog() {
		return layout.consoleLog();
	}

	/** Whether the worker process is still running. */
	public boolean isRunning() {
		return process.isAlive();
	}

	/** Shuts the worker down cleanly (forcibly if it does not stop within 30 s); idempotent. */
	@Override
	public void close() {
		stopProcess();
		try {
			Runtime.getRuntime().removeShutdownHook(stopOnExit);
		} catch (IllegalStateException shuttingDown) {
			// the hook is running or has run
		}
	}

	private void stopProcess() {
		ChildProcesses.stop(process, STOP_TIMEOUT);
	}
}
