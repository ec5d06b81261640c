package org.syncscope.kafka.broker;

import java.io.File;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.DescribeClusterOptions;
import org.apache.kafka.clients.admin.ScramCredentialInfo;
import org.apache.kafka.clients.admin.ScramMechanism;
import org.apache.kafka.clients.admin.UserScramCredentialUpsertion;
import org.apache.kafka.common.config.SaslConfigs;
import org.syncscope.core.process.ChildProcesses;
import org.syncscope.kafka.KafkaClients;

/**
 * A single-node Apache Kafka broker in KRaft combined mode (broker and controller in one process), run in a
 * child JVM from the broker jars of Maven Central and bound to 127.0.0.1. It serves the tests and the
 * embedded demo: the first start formats the data directory, later starts reuse data and ports.
 * {@link #start(BrokerSettings)} returns only once the broker answers a cluster description. The broker
 * stops with this JVM: {@link #close} or, when the JVM ends by a signal, a shutdown hook stops it, and if the
 * JVM is killed outright the broker notices its owner is gone and shuts itself down (the broker module's
 * {@code OwnedBroker} main, on the broker's class path).
 */
public final class LocalKafkaBroker implements AutoCloseable {

	private static final Duration STOP_TIMEOUT = Duration.ofSeconds(30);
	private static final Duration PROBE_TIMEOUT = Duration.ofSeconds(2);
	private static final long LISTEN_POLL_MILLIS = 50;
	private static final int SCRAM_ITERATIONS = 4096;
	/** Runs kafka.Kafka while the process named by {@link #OWNER_PROPERTY} lives (product/kafka-broker). */
	private static final String OWNED_BROKER_MAIN = "org.syncscope.broker.OwnedBroker";
	private static final String OWNER_PROPERTY = "syncscope.broker.owner";

	private final BrokerSettings settings;
	private final BrokerLayout layout;
	private final int port;
	private final BrokerLayout.Ports ports;
	private final Process process;
	private final Thread stopOnExit;
	private final List<Runnable> beforeStopAtExit = new CopyOnWriteArrayList<>();

	private LocalKafkaBroker(BrokerSettings settings, BrokerLayout layout, BrokerLayout.Ports ports, Process process) {
		this.settings = settings;
		this.layout = layout;
		this.port = ports.plaintext();
		this.ports = ports;
		this.process = process;
		// a workbench ended by a signal must not leave its broker behind
		this.stopOnExit = new Thread(this::stopAtExit, "stop-kafka-broker-" + port);
		Runtime.getRuntime().addShutdownHook(stopOnExit);
	}

	/** Formats the data directory if needed, starts the broker and waits until it answers. */
	public static LocalKafkaBroker start(BrokerSettings settings) throws BrokerException {
		if (!Files.isDirectory(settings.libDirectory())) {
			throw new BrokerException("No Kafka broker jars at " + settings.libDirectory()
					+ " (the build copies them there: product/kafka-broker, or broker/lib in the product)");
		}
		BrokerLayout layout = new BrokerLayout(settings.dataDirectory());
		try {
			Files.createDirectories(settings.dataDirectory());
			BrokerLayout.Ports ports = layout.ports(settings.port(), settings.controllerPort(),
					settings.security() != null);
			layout.writeConfiguration(ports, settings.security());
			if (!layout.isFormatted()) {
				format(settings, layout);
			}
			Process process = launch(settings, layout, List.of("-D" + OWNER_PROPERTY + "=" + settings.owner(),
					OWNED_BROKER_MAIN, layout.serverProperties().toString()),
					ProcessBuilder.Redirect.appendTo(layout.consoleLog().toFile()));
			LocalKafkaBroker broker = new LocalKafkaBroker(settings, layout, ports, process);
			broker.awaitReady();
			return broker;
		} catch (IOException e) {
			throw new BrokerException("Cannot prepare the broker in " + settings.dataDirectory() + ": " + e.getMessage(), e);
		}
	}

	private static void format(BrokerSettings settings, BrokerLayout layout) throws IOException, BrokerException {
		Path formatLog = settings.dataDirectory().resolve("format.log");
		Process format = launch(settings, layout, List.of("kafka.tools.StorageTool", "format", "--standalone",
				"--cluster-id", BrokerLayout.newClusterId(), "--config", layout.serverProperties().toString()),
				ProcessBuilder.Redirect.to(formatLog.toFile()));
		try {
			if (!format.waitFor(settings.startTimeout().toSeconds(), TimeUnit.SECONDS)) {
				format.destroyForcibly();
				throw new BrokerException("Formatting the broker storage timed out; see " + formatLog);
			}
		} catch (InterruptedException e) {
			format.destroyForcibly();
			Thread.currentThread().interrupt();
			throw new BrokerException("Interrupted while formatting the broker storage", e);
		}
		if (format.exitValue() != 0) {
			throw new BrokerException("Formatting the broker storage failed (exit " + format.exitValue() + "):\n"
					+ ChildProcesses.tail(formatLog));
		}
	}

	/** Starts the broker's JVM; {@code mainCommand} is what follows the class path: options, main class, arguments. */
	private static Process launch(BrokerSettings settings, BrokerLayout layout, List<String> mainCommand,
			ProcessBuilder.Redirect output) throws IOException {
		List<String> command = new ArrayList<>();
		ChildProcesses.OWN_SESSION.ifPresent(setsid -> command.add(setsid.toString()));
		command.addAll(List.of(settings.javaCommand(), "-Xms128m", "-Xmx768m",
				"-XX:+UseG1GC", "-Djava.awt.headless=true",
				"-Dlog4j2.configurationFile=" + layout.loggingProperties(),
				"-cp", settings.libDirectory() + File.separator + "*"));
		command.addAll(mainCommand);
		return new ProcessBuilder(command).directory(settings.dataDirectory().toFile())
				.redirectErrorStream(true).redirectOutput(output).start();
	}

	private void awaitReady() throws BrokerException {
		long deadline = System.nanoTime() + settings.startTimeout().toNanos();
		awaitListening(deadline);
		try (Admin admin = KafkaClients.admin(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers(),
				AdminClientConfig.REQUEST_TIMEOUT_MS_CONFIG, (int) PROBE_TIMEOUT.toMillis(),
				AdminClientConfig.DEFAULT_API_TIMEOUT_MS_CONFIG, (int) PROBE_TIMEOUT.toMillis()))) {
			while (true) {
				if (!process.isAlive()) {
					throw new BrokerException("The broker exited with code " + process.exitValue()
							+ " while starting:\n" + ChildProcesses.tail(layout.consoleLog()));
				}
				try {
					admin.describeCluster(new DescribeClusterOptions().timeoutMs((int) PROBE_TIMEOUT.toMillis()))
							.nodes().get(PROBE_TIMEOUT.toMillis() * 2, TimeUnit.MILLISECONDS);
					return;
				} catch (ExecutionException | TimeoutException notYet) {
					if (System.nanoTime() > deadline) {
						stopProcess();
						throw new BrokerException("The broker did not answer within "
								+ settings.startTimeout().toSeconds() + " s:\n" + ChildProcesses.tail(layout.consoleLog()));
					}
				}
			}
		} catch (InterruptedException e) {
			stopProcess();
			Thread.currentThread().interrupt();
			throw new BrokerException("Interrupted while waiting for the broker", e);
		}
	}

	/**
	 * Waits until the broker's port accepts connections, so that the client that asks it next does not log a
	 * failed connection every few hundred milliseconds while the broker's JVM starts.
	 */
	private void awaitListening(long deadline) throws BrokerException {
		while (true) {
			try (Socket probe = new Socket()) {
				probe.connect(new InetSocketAddress(BrokerLayout.HOST, port), (int) PROBE_TIMEOUT.toMillis());
				return;
			} catch (IOException notYet) {
				if (!process.isAlive() || System.nanoTime() > deadline) {
					return; // awaitReady reports why
				}
				try {
					TimeUnit.MILLISECONDS.sleep(LISTEN_POLL_MILLIS);
				} catch (InterruptedException e) {
					Thread.currentThread().interrupt();
					stopProcess();
					throw new BrokerException("Interrupted while waiting for the broker", e);
				}
			}
		}
	}

	/**
	 * Host and port of the listener for {@code securityProtocol}: PLAINTEXT (as {@link #bootstrapServers()}),
	 * or SASL_PLAINTEXT, SSL or SASL_SSL when the broker was started with {@link BrokerSecurity}.
	 */
	public String bootstrapServers(String securityProtocol) {
		int listener = switch (securityProtocol) {
		case "PLAINTEXT" -> ports.plaintext();
		case "SASL_PLAINTEXT" -> ports.saslPlaintext();
		case "SSL" -> ports.ssl();
		case "SASL_SSL" -> ports.saslSsl();
		default -> 0;
		};
		if (listener == 0) {
			throw new IllegalArgumentException("This broker has no " + securityProtocol + " listener");
		}
		return BrokerLayout.bootstrapServers(listener);
	}

	/**
	 * Adds SCRAM user {@code user} (or changes its password), as the broker's administrator over the plaintext
	 * listener, and returns once the user can log in over SASL_PLAINTEXT.
	 */
	public void addScramUser(String user, String password) throws BrokerException {
		long deadline = System.nanoTime() + settings.startTimeout().toNanos();
		try (Admin admin = KafkaClients.admin(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers()))) {
			admin.alterUserScramCredentials(List.of(new UserScramCredentialUpsertion(user,
					new ScramCredentialInfo(ScramMechanism.SCRAM_SHA_512, SCRAM_ITERATIONS), password)))
					.all().get(settings.startTimeout().toMillis(), TimeUnit.MILLISECONDS);
			awaitLogin(user, password, deadline);
		} catch (ExecutionException | TimeoutException e) {
			throw new BrokerException("Could not add the SCRAM user " + user + ": " + e.getMessage(), e);
		} catch (InterruptedException e) {
			Thread.currentThread().interrupt();
			throw new BrokerException("Interrupted while adding the SCRAM user " + user, e);
		}
	}

	/** Waits until the broker applied a new SCRAM credential: a client logging in with it is answered. */
	private void awaitLogin(String user, String password, long deadline)
			throws InterruptedException, BrokerException {
		Map<String, Object> config = Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG,
				bootstrapServers("SASL_PLAINTEXT"), AdminClientConfig.SECURITY_PROTOCOL_CONFIG, "SASL_PLAINTEXT",
				SaslConfigs.SASL_MECHANISM, BrokerSecurity.SCRAM_MECHANISM, SaslConfigs.SASL_JAAS_CONFIG,
				KafkaClients.jaasConfig(BrokerSecurity.SCRAM_MECHANISM, user, password),
				AdminClientConfig.REQUEST_TIMEOUT_MS_CONFIG, (int) PROBE_TIMEOUT.toMillis(),
				AdminClientConfig.DEFAULT_API_TIMEOUT_MS_CONFIG, (int) PROBE_TIMEOUT.toMillis());
		try (Admin login = KafkaClients.admin(config)) {
			while (true) {
				try {
					login.describeCluster().clusterId().get(PROBE_TIMEOUT.toMillis() * 2, TimeUnit.MILLISECONDS);
					return;
				} catch (ExecutionException | TimeoutException notYet) {
					if (System.nanoTime() > deadline) {
						throw new BrokerException("The SCRAM user " + user + " cannot log in: " + notYet.getMessage(),
								notYet);
					}
					TimeUnit.MILLISECONDS.sleep(LISTEN_POLL_MILLIS);
				}
			}
		}
	}

	/** Host and port for {@code bootstrap.servers}. */
	public String bootstrapServers() {
		return BrokerLayout.bootstrapServers(port);
	}

	/** The client port on 127.0.0.1. */
	public int port() {
		return port;
	}

	/** Where the broker keeps its data, configuration and console log. */
	public Path dataDirectory() {
		return settings.dataDirectory();
	}

	/** Whether the broker process is still running. */
	public boolean isRunning() {
		return process.isAlive();
	}

	/** Shuts the broker down cleanly (forcibly if it does not stop within 30 s); idempotent. */
	@Override
	public void close() {
		stopProcess();
		try {
			Runtime.getRuntime().removeShutdownHook(stopOnExit);
		} catch (IllegalStateException shuttingDown) {
			// the hook is running or has run
		}
	}

	/**
	 * Kills the broker process outright (SIGKILL: no clean shutdown, as a crash or an operator's kill -9
	 * would), and waits until it is gone; for fault tests. {@link #close} afterwards does nothing more.
	 */
	public void kill() throws InterruptedException {
		process.destroyForcibly().waitFor(STOP_TIMEOUT.toSeconds(), TimeUnit.SECONDS);
	}

	/**
	 * Runs {@code closeClients} before the broker stops when the JVM ends without {@link #close} (on a signal),
	 * so that its clients leave their consumer groups first and the next start does not wait for their sessions
	 * to time out.
	 */
	public void beforeStopAtExit(Runnable closeClients) {
		beforeStopAtExit.add(closeClients);
	}

	private void stopAtExit() {
		for (Runnable closeClients : beforeStopAtExit) {
			try {
				closeClients.run();
			} catch (RuntimeException e) {
				// the broker is stopped all the same
			}
		}
		stopProcess();
	}

	private void stopProcess() {
		ChildProcesses.stop(process, STOP_TIMEOUT);
	}
}
