package org.syncscope.testing.prometheus;

import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.stream.Collectors;

import org.syncscope.core.process.ChildProcesses;
import org.syncscope.testing.Await;

/**
 * A real Prometheus server (Debian's {@code prometheus} package) for a test: on 127.0.0.1 and a free port,
 * with a generated configuration scraping the given targets every second, its data in a folder of the test.
 * Owned like the local broker: a shell that started it stops it when the test's JVM ends, also on SIGKILL.
 */
public final class LocalPrometheus implements AutoCloseable {

	/** Where Debian installs the server and its tool. */
	public static final Path SERVER = Path.of("/usr/bin/prometheus");
	public static final Path PROMTOOL = Path.of("/usr/bin/promtool");

	private static final Duration READY_TIMEOUT = Duration.ofSeconds(60);
	private static final Duration REQUEST_TIMEOUT = Duration.ofSeconds(5);

	private final Process process;
	private final int port;
	private final Path log;
	private final HttpClient http = HttpClient.newBuilder().connectTimeout(REQUEST_TIMEOUT).build();

	private LocalPrometheus(Process process, int port, Path log) {
		this.process = process;
		this.port = port;
		this.log = log;
	}

	/** Starts a server scraping {@code targets} ({@code host:port}) every second; returns once it is ready. */
	public static LocalPrometheus start(Path folder, List<String> targets) throws IOException {
		if (!Files.isExecutable(SERVER)) {
			throw new IOException(SERVER + " is missing: install Debian's prometheus package (.ci/run does)");
		}
		Files.createDirectories(folder);
		Path config = folder.resolve("prometheus.yml");
		Files.writeString(config, """
				global:
				  scrape_interval: 1s
				  evaluation_interval: 1s
				scrape_configs:
				  - job_name: syncscope
				    static_configs:
				      - targets: [%s]
				""".formatted(targets.stream().map(target -> "'" + target + "'").collect(Collectors.joining(", "))));
		int port = freePort();
		Path log = folder.resolve("prometheus.log");
		String server = String.join(" ", SERVER.toString(), "--config.file=" + config,
				"--storage.tsdb.path=" + folder.resolve("data"), "--web.listen-address=127.0.0.1:" + port);
		long owner = ProcessHandle.current().pid();
		String script = server + " & p=$!; trap 'kill $p; wait $p; exit 0' TERM INT; "
				+ "while kill -0 " + owner + " 2>/dev/null && kill -0 $p 2>/dev/null; do sleep 1 & wait $!; done; "
				+ "kill $p 2>/dev/null; wait $p";
		List<String> command = ChildProcesses.OWN_SESSION
				.map(setsid -> List.of(setsid.toString(), "sh", "-c", script)).orElse(List.of("sh", "-c", script));
		Process process = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile()).start();
		LocalPrometheus prometheus = new LocalPrometheus(process, port, log);
		try {
			Await.until("Prometheus ready on 127.0.0.1:" + port, READY_TIMEOUT, prometheus::ready);
		} catch (AssertionError notReady) {
			prometheus.close();
			throw new IOException(notReady.getMessage() + "; its log:\n" + ChildProcesses.tail(log), notReady);
		}
		return prometheus;
	}

	private boolean ready() {
		if (!process.isAlive()) {
			throw new AssertionError("Prometheus ended with " + process.exitValue() + ":\n" + ChildProcesses.tail(log));
		}
		try {
			return get("/-/ready").statusCode() == 200;
		} catch (IOException notYet) {
			return false;
		}
	}

	/** The answer of {@code /api/v1/query} to {@code promql}, as JSON text. */
	public String query(String promql) throws IOException {
		HttpResponse<String> response = get("/api/v1/query?query=" + URLEncoder.encode(promql, StandardCharsets.UTF_8));
		if (response.statusCode() != 200) {
			throw new IOException("Prometheus answered " + response.statusCode() + ": " + response.body());
		}
		return response.body();
	}

	private HttpResponse<String> get(String path) throws IOException {
		HttpRequest request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path))
				.timeout(REQUEST_TIMEOUT).build();
		try {
			return http.send(request, HttpResponse.BodyHandlers.ofString());
		} catch (InterruptedException e) {
			Thread.currentThread().interrupt();
			throw new IOException("Interrupted", e);
		}
	}

	/** The last lines of the server's log, for failure messages. */
	public String logTail() {
		return ChildProcesses.tail(log);
	}

	@Override
	public void close() {
		ChildProcesses.stop(process, Duration.ofSeconds(20));
		http.close();
	}

	private static int freePort() throws IOException {
		try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
			return socket.getLocalPort();
		}
	}
}
