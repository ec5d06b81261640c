package org.syncscope.connect.tests;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.NewTopic;
import org.syncscope.connect.pipeline.ConnectorConfigs;
import org.syncscope.connect.rest.ConnectClient;
import org.syncscope.connect.worker.ConnectWorkerException;
import org.syncscope.connect.worker.LocalConnectWorker;
import org.syncscope.jdbc.postgres.LocalPostgres;
import org.syncscope.jdbc.postgres.OriginStamp;
import org.syncscope.kafka.KafkaClients;
import org.syncscope.kafka.broker.LocalKafkaBroker;
import org.syncscope.testing.TestOutput;
import org.syncscope.testing.connect.ConnectWorkers;
import org.syncscope.topology.Database;
import org.syncscope.topology.EventFormat;
import org.syncscope.topology.KafkaCluster;
import org.syncscope.topology.KafkaConnectCluster;
import org.syncscope.topology.SyncLink;
import org.syncscope.topology.Topology;
import org.syncscope.topology.TopologyFactory;

/**
 * Two regions replicating to each other through the real pipeline, for the tests: two PostgreSQL clusters
 * with a {@code shop.customers} table (origin-stamped), each captured by Debezium into the topic
 * {@code <region>.public.customers} and applied to the other by SyncScope's JDBC sink {@code <from>-to-<to>},
 * all four connectors running in one real Connect worker. Region names are unique per test class, as the
 * topics and the sinks' consumer groups live on the shared broker.
 */
final class TwoRegionPipeline implements AutoCloseable {

	static final Duration TIMEOUT = Duration.ofSeconds(90);
	static final String TABLE = "public.customers";

	private final Map<String, LocalPostgres> regions = new LinkedHashMap<>();
	private LocalConnectWorker worker;

	private TwoRegionPipeline() {
	}

	/** Starts both regions, the worker and the four connectors; returns once all of them run. */
	static TwoRegionPipeline start(LocalKafkaBroker broker, String first, String second) throws Exception {
		TwoRegionPipeline pipeline = new TwoRegionPipeline();
		try {
			pipeline.regions.put(first, startRegion(first));
			pipeline.regions.put(second, startRegion(second));
			try (Admin admin = KafkaClients.admin(KafkaClients.config(broker.bootstrapServers(), Map.of()))) {
				admin.createTopics(List.of(new NewTopic(topic(first), 1, (short) 1),
						new NewTopic(topic(second), 1, (short) 1))).all().get();
			}
			pipeline.worker = ConnectWorkers.start(broker, "pipeline-" + first + "-" + second);
			ConnectClient client = pipeline.client();
			for (String from : List.of(first, second)) {
				String to = from.equals(first) ? second : first;
				LocalPostgres source = pipeline.region(from);
				client.putConnector(source(from), ConnectorConfigs.debeziumPostgresSource(from, "127.0.0.1",
						source.port(), LocalPostgres.SUPERUSER, "shop", List.of(TABLE)));
				client.putConnector(sink(from, to), ConnectorConfigs.syncscopeJdbcSink(List.of(topic(from)),
						pipeline.region(to).jdbcUrl("shop"), LocalPostgres.SUPERUSER, to));
			}
			for (String from : List.of(first, second)) {
				ConnectorProbes.awaitRunning(client, source(from), TIMEOUT);
				ConnectorProbes.awaitRunning(client, sink(from, from.equals(first) ? second : first), TIMEOUT);
			}
			return pipeline;
		} catch (Exception | AssertionError e) {
			pipeline.close();
			throw e;
		}
	}

	private static LocalPostgres startRegion(String name) throws Exception {
		LocalPostgres region = LocalPostgres.start(TestOutput.scratchFolder("pg-" + name + "-").resolve("data"));
		region.createDatabase("shop");
		try (Connection connection = region.connect("shop"); Statement statement = connection.createStatement()) {
			statement.execute("CREATE TABLE customers (id INT PRIMARY KEY, name TEXT NOT NULL)");
			OriginStamp.install(connection, name, "public", "customers");
		}
		return region;
	}

	/** The change-log topic of {@code region}'s captured changes. */
	static String topic(String region) {
		return ConnectorConfigs.topic(region, TABLE);
	}

	/** The name of the source connector capturing {@code region}. */
	static String source(String region) {
		return region + "-source";
	}

	/** The name of the sink connector applying {@code from}'s changes to {@code to}. */
	static String sink(String from, String to) {
		return from + "-to-" + to;
	}

	/**
	 * The pipeline as an operator describes it in a topology: the broker, the Connect worker, both databases
	 * (their region named), and a debezium-json link {@code <from>-to-<to>} for each of {@code from} (all
	 * regions when none are named).
	 */
	Topology topology(LocalKafkaBroker broker, String... from) {
		TopologyFactory factory = TopologyFactory.eINSTANCE;
		Topology topology = factory.createTopology();
		topology.setName("CDC");
		KafkaCluster cluster = factory.createKafkaCluster();
		cluster.setId("local");
		cluster.setName("Local Kafka");
		cluster.setBootstrapServers(broker.bootstrapServers());
		KafkaConnectCluster connect = factory.createKafkaConnectCluster();
		connect.setId("connect");
		connect.setName("Local Connect");
		connect.setRestUrl(worker.restUrl().toString());
		connect.setCluster(cluster);
		topology.getEndpoints().addAll(List.of(cluster, connect));
		Map<String, Database> databases = new LinkedHashMap<>();
		regions.forEach((name, postgres) -> {
			Database database = factory.createDatabase();
			database.setId(name);
			database.setName(name);
			database.setRegion(name);
			database.setJdbcUrl(postgres.jdbcUrl("shop"));
			databases.put(name, database);
		});
		topology.getEndpoints().addAll(databases.values());
		List<String> sources = from.length == 0 ? List.copyOf(regions.keySet()) : List.of(from);
		for (String source : sources) {
			String target = regions.keySet().stream().filter(region -> !region.equals(source)).findFirst().orElseThrow();
			SyncLink link = factory.createSyncLink();
			link.setId(sink(source, target));
			link.setName(source + " → " + target);
			link.setSource(databases.get(source));
			link.setTarget(databases.get(target));
			link.setCluster(cluster);
			link.setEventFormat(EventFormat.DEBEZIUM_JSON);
			link.setConnectCluster(connect);
			link.setChangeLogTopic(topic(source));
			link.setSourceConnector(source(source));
			link.setSinkConnector(sink(source, target));
			link.getTables().add(TABLE);
			link.getKeyColumns().add("id");
			topology.getLinks().add(link);
		}
		return topology;
	}

	LocalPostgres region(String name) {
		return regions.get(name);
	}

	LocalConnectWorker worker() {
		return worker;
	}

	/** Stops the worker (its connectors' configs and states stay in its topics on the broker). */
	void stopWorker() {
		worker.close();
	}

	/** Starts the worker again at the same REST URL, in the same group: its connectors come back. */
	void startWorkerAgain() throws ConnectWorkerException {
		worker = LocalConnectWorker.start(worker.settings().withRestPort(worker.restUrl().getPort()));
	}

	ConnectClient client() {
		return worker.client();
	}

	void execute(String region, String sql) throws SQLException {
		try (Connection connection = region(region).connect("shop"); Statement statement = connection.createStatement()) {
			statement.execute(sql);
		}
	}

	/** The first column of the first row of {@code sql} in {@code region}, if there is a row. */
	Optional<String> query(String region, String sql) {
		try (Connection connection = region(region).connect("shop"); Statement statement = connection.createStatement();
				ResultSet result = statement.executeQuery(sql)) {
			return result.next() ? Optional.of(result.getString(1)) : Optional.empty();
		} catch (SQLException e) {
			throw new AssertionError(sql + ": " + e.getMessage(), e);
		}
	}

	@Override
	public void close() throws Exception {
		if (worker != null) {
			worker.close();
		}
		for (LocalPostgres region : regions.values()) {
			region.close();
		}
	}
}
