package org.syncscope.simulator.cdc;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.function.Consumer;

import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.NewTopic;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.resource.ResourceSet;
import org.syncscope.connect.pipeline.ConnectorConfigs;
import org.syncscope.connect.rest.ConnectClient;
import org.syncscope.connect.rest.ConnectRestException;
import org.syncscope.connect.rest.ConnectorStatus;
import org.syncscope.connect.worker.ConnectWorkerException;
import org.syncscope.connect.worker.ConnectWorkerSettings;
import org.syncscope.connect.worker.LocalConnectWorker;
import org.syncscope.jdbc.postgres.LocalPostgres;
import org.syncscope.jdbc.postgres.OriginStamp;
import org.syncscope.jdbc.postgres.PostgresException;
import org.syncscope.kafka.KafkaClients;
import org.syncscope.kafka.broker.BrokerException;
import org.syncscope.kafka.broker.LocalKafkaBroker;
import org.syncscope.simulator.SimulatorException;
import org.syncscope.simulator.demo.DemoPorts;
import org.syncscope.topology.Database;
import org.syncscope.topology.KafkaCluster;
import org.syncscope.topology.KafkaConnectCluster;
import org.syncscope.topology.Topology;
import org.syncscope.topology.resource.TopologyResources;

/**
 * The CDC demo: a real pipeline between two PostgreSQL regions ({@value #FIRST} and {@value #SECOND}), all on
 * 127.0.0.1 and owned by this process: a local KRaft broker, one PostgreSQL cluster per region with a
 * {@code shop.customers} table (origin-stamped for loop prevention), a Kafka Connect worker running a Debezium
 * source per region and SyncScope's JDBC sink per direction, a workload writing to both regions (including
 * the same row updated in both within a second), and the shipped CDC sample topology pointed at all of it.
 * A second start in the same folder reuses every part's data.
 */
public final class CdcDemoEnvironment implements AutoCloseable {

	/** The file name of the demo topology inside the demo folder. */
	public static final String TOPOLOGY_FILE = "cdc-two-region.synctopo";
	/** The first region. */
	public static final String FIRST = "eu";
	/** The second region. */
	public static final String SECOND = "us";

	private static final String DATABASE = "shop";
	private static final String TABLE = "public.customers";
	private static final Duration CONNECTORS_TIMEOUT = Duration.ofSeconds(90);
	private static final Duration WORKLOAD_PACE = Duration.ofMillis(250);

	private final LocalKafkaBroker broker;
	private final Map<String, LocalPostgres> regions;
	private final LocalConnectWorker worker;
	private final CdcWorkload workload;
	private final Path topologyFile;

	private CdcDemoEnvironment(LocalKafkaBroker broker, Map<String, LocalPostgres> regions, LocalConnectWorker worker,
			CdcWorkload workload, Path topologyFile) {
		this.broker = broker;
		this.regions = regions;
		this.worker = worker;
		this.workload = workload;
		this.topologyFile = topologyFile;
	}

	/**
	 * Starts every part in {@code folder}, reporting each step to {@code step}; returns once all connectors run
	 * and the workload writes. {@code connectLib} holds the worker's jars, {@code pluginPath} its plug-in folders.
	 */
	public static CdcDemoEnvironment start(Path folder, Path brokerLib, Path connectLib, List<Path> pluginPath,
			Consumer<String> step) throws SimulatorException {
		List<AutoCloseable> started = new ArrayList<>();
		try {
			step.accept("Starting a local Kafka broker");
			LocalKafkaBroker broker = DemoPorts.startBroker(folder.resolve("broker"), brokerLib);
			started.add(broker);
			Map<String, LocalPostgres> regions = new LinkedHashMap<>();
			for (String region : List.of(FIRST, SECOND)) {
				step.accept("Starting PostgreSQL of region " + region);
				LocalPostgres postgres = LocalPostgres.start(folder.resolve("postgres-" + region));
				started.add(postgres);
				prepareSchema(postgres, region);
				regions.put(region, postgres);
			}
			createTopics(broker);
			step.accept("Starting Kafka Connect with Debezium");
			LocalConnectWorker worker = LocalConnectWorker.start(ConnectWorkerSettings
					.of(connectLib, pluginPath, folder.resolve("connect"), broker.bootstrapServers())
					.withGroup("syncscope-cdc-demo").withRestPort(DemoPorts.preferred(DemoPorts.CONNECT)));
			started.add(worker);
			step.accept("Starting the connectors");
			startConnectors(worker.client(), regions);
			Path topologyFile = prepareTopology(folder.resolve(TOPOLOGY_FILE), broker, worker, regions);
			step.accept("Starting the workload");
			CdcWorkload workload = new CdcWorkload(List.copyOf(regions.values()), DATABASE, WORKLOAD_PACE,
					System.nanoTime());
			workload.start();
			return new CdcDemoEnvironment(broker, regions, worker, workload, topologyFile);
		} catch (BrokerException | PostgresException | ConnectWorkerException | ConnectRestException | SQLException
				| IOException | ExecutionException e) {
			closeAll(started);
			throw new SimulatorException("The CDC demo could not start: " + e.getMessage(), e);
		} catch (InterruptedException e) {
			closeAll(started);
			Thread.currentThread().interrupt();
			throw new SimulatorException("Interrupted while starting the CDC demo", e);
		}
	}

	private static void prepareSchema(LocalPostgres postgres, String region) throws SQLException {
		postgres.createDatabase(DATABASE);
		try (Connection connection = postgres.connect(DATABASE); Statement statement = connection.createStatement()) {
			statement.execute("CREATE TABLE IF NOT EXISTS customers (id BIGINT PRIMARY KEY, name TEXT NOT NULL,"
					+ " credit INT NOT NULL DEFAULT 0)");
			OriginStamp.install(connection, region, "public", "customers");
		}
	}

	private static void createTopics(LocalKafkaBroker broker) throws ExecutionException, InterruptedException {
		try (Admin admin = KafkaClients.admin(KafkaClients.config(broker.bootstrapServers(), Map.of()))) {
			Set<String> existing = admin.listTopics().names().get();
			List<NewTopic> missing = List.of(FIRST, SECOND).stream().map(CdcDemoEnvironment::topic)
					.filter(topic -> !existing.contains(topic)).map(topic -> new NewTopic(topic, 1, (short) 1)).toList();
			if (!missing.isEmpty()) {
				admin.createTopics(missing).all().get();
			}
		}
	}

	/** Creates or updates the four connectors (a region's port can change between starts) and waits for them. */
	private static void startConnectors(ConnectClient client, Map<String, LocalPostgres> regions)
			throws ConnectRestException, InterruptedException {
		for (String from : regions.keySet()) {
			String to = other(from);
			client.putConnector(source(from), ConnectorConfigs.debeziumPostgresSource(from, "127.0.0.1",
					regions.get(from).port(), LocalPostgres.SUPERUSER, DATABASE, List.of(TABLE)));
			client.putConnector(sink(from), ConnectorConfigs.syncscopeJdbcSink(List.of(topic(from)),
					regions.get(to).jdbcUrl(DATABASE), LocalPostgres.SUPERUSER, to));
		}
		long deadline = System.nanoTime() + CONNECTORS_TIMEOUT.toNanos();
		for (String from : regions.keySet()) {
			for (String connector : List.of(source(from), sink(from))) {
				awaitRunning(client, connector, deadline);
			}
		}
	}

	private static void awaitRunning(ConnectClient client, String connector, long deadline)
			throws ConnectRestException, InterruptedException {
		while (true) {
			ConnectorStatus status = statusOrNull(client, connector);
			if (status != null && status.isRunning()) {
				return;
			}
			if (status != null && status.failure().isPresent()) {
				throw new ConnectRestException(0, "Connector " + connector + " failed: " + status.failure().get());
			}
			if (System.nanoTime() > deadline) {
				throw new ConnectRestException(0, "Connector " + connector + " did not run within "
						+ CONNECTORS_TIMEOUT.toSeconds() + " s" + (status == null ? "" : " (" + status.state() + ")"));
			}
			Thread.sleep(250);
		}
	}

	private static ConnectorStatus statusOrNull(ConnectClient client, String connector) {
		try {
			return client.status(connector);
		} catch (ConnectRestException notYet) {
			return null;
		}
	}

	/** Writes the CDC sample (first start) and points it at this start's broker, worker and databases. */
	private static Path prepareTopology(Path file, LocalKafkaBroker broker, LocalConnectWorker worker,
			Map<String, LocalPostgres> regions) throws IOException {
		ResourceSet resources = TopologyResources.newResourceSet();
		Resource resource;
		if (Files.exists(file)) {
			resource = TopologyResources.load(resources, file).eResource();
		} else {
			resource = resources.getResource(TopologyResources.cdcTwoRegionSample(), true);
			resource.setURI(TopologyResources.fileUri(file));
		}
		Topology topology = (Topology) resource.getContents().get(0);
		topology.getEndpoints().forEach(endpoint -> {
			if (endpoint instanceof KafkaCluster cluster) {
				cluster.setBootstrapServers(broker.bootstrapServers());
			} else if (endpoint instanceof KafkaConnectCluster connect) {
				connect.setRestUrl(worker.restUrl().toString().replaceAll("/$", ""));
			} else if (endpoint instanceof Database database && regions.containsKey(database.getRegion())) {
				database.setJdbcUrl(jdbcUrlWithUser(regions.get(database.getRegion())));
			}
		});
		resource.save(Map.of());
		return file;
	}

	/** The region's JDBC URL naming the demo's user (its login needs no password on 127.0.0.1). */
	public static String jdbcUrlWithUser(LocalPostgres region) {
		return region.jdbcUrl(DATABASE) + "?user=" + LocalPostgres.SUPERUSER;
	}

	static String topic(String region) {
		return ConnectorConfigs.topic(region, TABLE);
	}

	static String source(String region) {
		return region + "-source";
	}

	static String sink(String from) {
		return from + "-to-" + other(from);
	}

	private static String other(String region) {
		return FIRST.equals(region) ? SECOND : FIRST;
	}

	/** The demo's topology file, pointed at this start's broker, worker and databases. */
	public Path topologyFile() {
		return topologyFile;
	}

	/** Where the demo broker listens. */
	public String bootstrapServers() {
		return broker.bootstrapServers();
	}

	/** The Connect worker's REST URL. */
	public String connectUrl() {
		return worker.restUrl().toString();
	}

	/** The PostgreSQL server of {@code region}. */
	public LocalPostgres region(String region) {
		return regions.get(region);
	}

	/** Rows the workload has written so far. */
	public long workloadWrites() {
		return workload.writes();
	}

	/** How many times the workload updated the same row in both regions within a second. */
	public long concurrentUpdates() {
		return workload.concurrentUpdates();
	}

	/**
	 * Closes {@code clients} of the demo broker before the broker stops when the JVM ends on a signal; an
	 * orderly {@link #close} does not run it.
	 */
	public void beforeStopAtExit(Runnable clients) {
		broker.beforeStopAtExit(clients);
	}

	/** Stops the workload, the worker, the databases and the broker, in that order. */
	@Override
	public void close() {
		workload.close();
		List<AutoCloseable> parts = new ArrayList<>();
		parts.add(broker);
		parts.addAll(regions.values());
		parts.add(worker);
		closeAll(parts);
	}

	/** Closes {@code parts}, given in the order they started, last first. */
	private static void closeAll(List<AutoCloseable> parts) {
		for (AutoCloseable part : parts.reversed()) {
			try {
				part.close();
			} catch (Exception e) {
				// the others are stopped all the same
			}
		}
	}
}
