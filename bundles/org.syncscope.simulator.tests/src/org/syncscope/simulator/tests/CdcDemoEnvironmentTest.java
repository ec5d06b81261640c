package org.syncscope.simulator.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import org.eclipse.emf.common.util.Diagnostic;
import org.eclipse.emf.ecore.util.Diagnostician;
import org.junit.jupiter.api.Test;
import org.syncscope.jdbc.postgres.LocalPostgres;
import org.syncscope.simulator.cdc.CdcDemoEnvironment;
import org.syncscope.testing.Await;
import org.syncscope.testing.TestOutput;
import org.syncscope.testing.connect.ConnectWorkers;
import org.syncscope.testing.kafka.KafkaBrokerExtension;
import org.syncscope.topology.Database;
import org.syncscope.topology.KafkaCluster;
import org.syncscope.topology.KafkaConnectCluster;
import org.syncscope.topology.Topology;
import org.syncscope.topology.resource.TopologyResources;

/**
 * The CDC demo as {@code syncscope --demo cdc} starts it: broker, two PostgreSQL regions, a Connect worker with
 * Debezium and the JDBC sink, a workload; its topology points at all of it and is valid; each region's writes
 * arrive in the other, rows get updated in both regions within a second; a second start reuses the data.
 */
class CdcDemoEnvironmentTest {

	private static final Duration TIMEOUT = Duration.ofSeconds(90);

	@Test
	void theDemoReplicatesBothWaysAndStartsAgainOnItsData() throws Exception {
		Path folder = TestOutput.scratchFolder("cdc-demo-");
		List<String> steps = new ArrayList<>();
		long rowsBefore;
		try (CdcDemoEnvironment demo = start(folder, steps)) {
			assertEquals("Starting a local Kafka broker", steps.get(0));
			assertEquals("Starting the workload", steps.get(steps.size() - 1));

			Topology topology = TopologyResources.load(TopologyResources.newResourceSet(), demo.topologyFile());
			assertEquals(demo.bootstrapServers(), endpoint(topology, KafkaCluster.class).getBootstrapServers());
			assertEquals(demo.connectUrl(), endpoint(topology, KafkaConnectCluster.class).getRestUrl() + "/");
			for (String region : List.of(CdcDemoEnvironment.FIRST, CdcDemoEnvironment.SECOND)) {
				Database database = (Database) topology.getEndpoints().stream()
						.filter(endpoint -> region.equals(endpoint.getRegion()) && endpoint instanceof Database)
						.findFirst().orElseThrow();
				assertEquals(CdcDemoEnvironment.jdbcUrlWithUser(demo.region(region)), database.getJdbcUrl());
			}
			Diagnostic diagnostic = Diagnostician.INSTANCE.validate(topology);
			assertTrue(diagnostic.getSeverity() < Diagnostic.ERROR, diagnostic::toString);

			LocalPostgres eu = demo.region(CdcDemoEnvironment.FIRST);
			LocalPostgres us = demo.region(CdcDemoEnvironment.SECOND);
			Await.until("rows written in eu to arrive in us and the other way round", TIMEOUT,
					() -> count(us, "syncscope_origin = 'eu'") > 0 && count(eu, "syncscope_origin = 'us'") > 0);
			Await.until("a row updated in both regions within a second", TIMEOUT, () -> demo.concurrentUpdates() > 0);
			rowsBefore = count(eu, "true");
			assertTrue(rowsBefore > 0);
		}
		try (CdcDemoEnvironment again = start(folder, new ArrayList<>())) {
			assertTrue(count(again.region(CdcDemoEnvironment.FIRST), "true") > 0, "the rows of the first start are kept");
			long writes = again.workloadWrites();
			Await.until("the workload to write again", TIMEOUT, () -> again.workloadWrites() > writes);
		}
	}

	private static CdcDemoEnvironment start(Path folder, List<String> steps) throws Exception {
		return CdcDemoEnvironment.start(folder, Path.of(System.getProperty(KafkaBrokerExtension.LIB_PROPERTY)),
				ConnectWorkers.libDirectory(), ConnectWorkers.pluginPath(), steps::add);
	}

	private static <T> T endpoint(Topology topology, Class<T> kind) {
		return topology.getEndpoints().stream().filter(kind::isInstance).map(kind::cast).findFirst().orElseThrow();
	}

	private static long count(LocalPostgres region, String condition) {
		try (Connection connection = region.connect("shop"); Statement statement = connection.createStatement();
				ResultSet result = statement.executeQuery("SELECT count(*) FROM customers WHERE " + condition)) {
			result.next();
			return result.getLong(1);
		} catch (SQLException e) {
			throw new AssertionError(e.getMessage(), e);
		}
	}
}
