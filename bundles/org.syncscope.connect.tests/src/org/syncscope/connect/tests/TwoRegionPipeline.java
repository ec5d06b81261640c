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
