package org.syncscope.jdbc.postgres;

import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.Set;
import java.util.concurrent.TimeUnit;

import org.postgresql.Driver;

/**
 * A PostgreSQL server of SyncScope's own, for the CDC demo and the tests: a cluster in a folder of the build
 * or the workspace, bound to 127.0.0.1 on a free port (no Unix socket), {@code wal_level=logical} for
 * Debezium, trust authentication for its superuser {@value #SUPERUSER}. It is owned like the local Kafka
 * broker: a watchdog stops it with {@code pg_ctl stop -m fast} when the owning process ends, also on
 * SIGKILL. As root (CI), where {@code initdb} refuses to run, the cluster belongs to the package's
 * {@code postgres} user, its programs run through {@code runuser}, and the folders above it get o+x so that
 * user can reach it.
 */
public final class LocalPostgres implements AutoCloseable {

	/** The superuser every local cluster is made with. */
	public static final String SUPERUSER = "syncscope";

	private static final Duration START_TIMEOUT = Duration.ofSeconds(60);
	private static final Duration STOP_TIMEOUT = Duration.ofSeconds(30);
	private static final String SERVICE_USER = "postgres";

	private final PostgresBinaries binaries;
	private final Path dataDirectory;
	private final int port;
	private final boolean asServiceUser;

	private LocalPostgres(PostgresBinaries binaries, Path dataDirectory, int port, boolean asServiceUser) {
		this.binaries = binaries;
		this.dataDirectory = dataDirectory;
		this.port = port;
		this.asServiceUser = asServiceUser;
	}

	/**
	 * Starts the cluster in {@code dataDirectory} (made with {@code initdb} first if it holds none), on a free
	 * port of 127.0.0.1, stopped when the process {@code ownerPid} ends; returns once it accepts connections.
	 */
	public static LocalPostgres start(Path dataDirectory, long ownerPid) throws PostgresException {
		PostgresBinaries binaries = PostgresBinaries.find();
		boolean root = "root".equals(System.getProperty("user.name"));
		LocalPostgres server = new LocalPostgres(binaries, dataDirectory.toAbsolutePath(), freePort(), root);
		server.initialise();
		server.launch();
		server.watch(ownerPid);
		server.awaitConnections();
		return server;
	}

	/** Starts the cluster in {@code dataDirectory}, owned by this process. */
	public static LocalPostgres start(Path dataDirectory) throws PostgresException {
		return start(dataDirectory, ProcessHandle.current().pid());
	}

	private void initialise() throws PostgresException {
		if (Files.exists(dataDirectory.resolve("PG_VERSION"))) {
			return;
		}
		try {
			Files.createDirectories(dataDirectory);
		} catch (IOException e) {
			throw new PostgresException("Cannot create " + dataDirectory + ": " + e.getMessage(), e);
		}
		if (asServiceUser) {
			letServiceUserThrough(dataDirectory.getParent());
			run(List.of("chown", "-R", SERVICE_USER + ":" + SERVICE_USER, dataDirectory.toString()), false);
		}
		run(List.of(binaries.program("initdb"), "-D", dataDirectory.toString(), "-A", "trust", "-U", SUPERUSER,
				"-E", "UTF8", "--no-instructions"), true);
	}

	/**
	 * Lets the service user reach the cluster: every folder above it that others cannot enter gets o+x (not
	 * o+r: nothing is listed), as temporary folders are made 0700.
	 */
	private static void letServiceUserThrough(Path folder) throws PostgresException {
		for (Path current = folder; current != null; current = current.getParent()) {
			try {
				Set<PosixFilePermission> permissions = Files.getPosixFilePermissions(current);
				if (permissions.add(PosixFilePermission.OTHERS_EXECUTE)) {
					Files.setPosixFilePermissions(current, permissions);
				}
			} catch (IOException e) {
				throw new PostgresException("Cannot let the " + SERVICE_USER + " user reach " + current + ": "
						+ e.getMessage(), e);
			}
		}
	}

	private void launch() throws PostgresException {
		String options = "-c listen_addresses=127.0.0.1 -p " + port + " -c unix_socket_directories=''"
				+ " -c wal_level=logical -c max_replication_slots=10 -c max_wal_senders=10";
		run(List.of(binaries.program("pg_ctl"), "-D", dataDirectory.toString(), "-o", options, "-l",
				dataDirectory.resolve("server.log").toString(), "start"), true);
	}

	/**
	 * A detached shell that waits while the owner lives and the server runs, then stops the server: it outlives
	 * a killed owner, and ends by itself after a clean {@link #close}.
	 */
	private void watch(long ownerPid) throws PostgresException {
		String pidFile = dataDirectory.resolve("postmaster.pid").toString();
		String stop = String.join(" ", command(List.of(binaries.program("pg_ctl"), "-D", dataDirectory.toString(),
				"stop", "-m", "fast"), true).stream().map(LocalPostgres::quoted).toList());
		String script = "while kill -0 " + ownerPid + " 2>/dev/null && [ -f " + quoted(pidFile) + " ]; do sleep 1; done; "
				+ "if [ -f " + quoted(pidFile) + " ]; then " + stop + "; fi";
		try {
			new ProcessBuilder("setsid", "sh", "-c", script).redirectErrorStream(true)
					.redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
		} catch (IOException e) {
			throw new PostgresException("Cannot start the watchdog of " + dataDirectory + ": " + e.getMessage(), e);
		}
	}

	private void awaitConnections() throws PostgresException {
		long deadline = System.nanoTime() + START_TIMEOUT.toNanos();
		SQLException last = null;
		while (System.nanoTime() < deadline) {
			try (Connection connection = connect("postgres")) {
				return;
			} catch (SQLException notYet) {
				last = notYet;
			}
			try {
				Thread.sleep(100);
			} catch (InterruptedException e) {
				Thread.currentThread().interrupt();
				throw new PostgresException("Interrupted while waiting for PostgreSQL on port " + port, e);
			}
		}
		throw new PostgresException("PostgreSQL on 127.0.0.1:" + port + " did not accept connections within "
				+ START_TIMEOUT.toSeconds() + " s (" + (last == null ? "" : last.getMessage()) + "); its log: "
				+ dataDirectory.resolve("server.log"), last);
	}

	/** A connection to {@code database} as the superuser (the driver directly: OSGi hides it from DriverManager). */
	public Connection connect(String database) throws SQLException {
		Properties properties = new Properties();
		properties.setProperty("user", SUPERUSER);
		Connection connection = new Driver().connect(jdbcUrl(database), properties);
		if (connection == null) {
			throw new SQLException("The PostgreSQL driver refused " + jdbcUrl(database));
		}
		return connection;
	}

	/** Creates {@code database} unless it exists. */
	public void createDatabase(String database) throws SQLException {
		try (Connection connection = connect("postgres"); Statement statement = connection.createStatement()) {
			var exists = statement.executeQuery("SELECT 1 FROM pg_database WHERE datname = '" + database.replace("'", "''")
					+ "'");
			if (!exists.next()) {
				statement.execute("CREATE DATABASE \"" + database.replace("\"", "\"\"") + "\"");
			}
		}
	}

	/** The JDBC URL of {@code database} on this server. */
	public String jdbcUrl(String database) {
		return "jdbc:postgresql://127.0.0.1:" + port + "/" + database;
	}

	/** The port on 127.0.0.1. */
	public int port() {
		return port;
	}

	/** The cluster's folder. */
	public Path dataDirectory() {
		return dataDirectory;
	}

	/** Whether the server runs (its postmaster.pid exists). */
	public boolean isRunning() {
		return Files.exists(dataDirectory.resolve("postmaster.pid"));
	}

	/** Stops the server ({@code pg_ctl stop -m fast}); idempotent. */
	@Override
	public void close() throws PostgresException {
		if (isRunning()) {
			run(List.of(binaries.program("pg_ctl"), "-D", dataDirectory.toString(), "stop", "-m", "fast"), true);
		}
	}

	private List<String> command(List<String> program, boolean asCluster) {
		List<String> command = new ArrayList<>();
		if (asCluster && asServiceUser) {
			command.addAll(List.of("runuser", "-u", SERVICE_USER, "--"));
		}
		command.addAll(program);
		return command;
	}

	private void run(List<String> program, boolean asCluster) throws PostgresException {
		List<String> command = command(program, asCluster);
		try {
			Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
			byte[] output = process.getInputStream().readAllBytes();
			if (!process.waitFor(STOP_TIMEOUT.toSeconds(), TimeUnit.SECONDS)) {
				process.destroyForcibly();
				throw new PostgresException("Timed out: " + String.join(" ", command));
			}
			if (process.exitValue() != 0) {
				throw new PostgresException(String.join(" ", command) + " failed (exit " + process.exitValue() + "): "
						+ new String(output, StandardCharsets.UTF_8).strip());
			}
		} catch (IOException e) {
			throw new PostgresException("Cannot run " + String.join(" ", command) + ": " + e.getMessage(), e);
		} catch (InterruptedException e) {
			Thread.currentThread().interrupt();
			throw new PostgresException("Interrupted: " + String.join(" ", command), e);
		}
	}

	private static int freePort() throws PostgresException {
		try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
			return socket.getLocalPort();
		} catch (IOException e) {
			throw new PostgresException("No free port on 127.0.0.1: " + e.getMessage(), e);
		}
	}

	private static String quoted(String word) {
		return "'" + word.replace("'", "'\\''") + "'";
	}
}
