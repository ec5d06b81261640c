package org.syncscope.topology.tests;

import static org.syncscope.topology.tests.ProblemAssertions.assertProblem;
import static org.syncscope.topology.tests.ProblemAssertions.assertValid;

import org.junit.jupiter.api.Test;
import org.syncscope.topology.Database;
import org.syncscope.topology.DatabaseVendor;
import org.syncscope.topology.ServiceReplica;
import org.syncscope.topology.Topology;
import org.syncscope.topology.validation.TopologyProblem;

/** Rules for ids, databases and service replicas. */
class EndpointRulesTest {

	@Test
	void endpointWithoutIdIsAnError() {
		Topology topology = Topologies.twoRegions();
		ServiceReplica replica = Topologies.ordersEu(topology);
		replica.setId(null);

		assertProblem(topology, TopologyProblem.MISSING_ID, replica,
				"Service Replica 'Orders EU' has no id; links and the file refer to it by id.");
	}

	@Test
	void idWithSpacesIsAnError() {
		Topology topology = Topologies.twoRegions();
		ServiceReplica replica = Topologies.ordersEu(topology);
		replica.setId("orders eu");

		assertProblem(topology, TopologyProblem.ILLEGAL_ID, replica,
				"Id 'orders eu' may only contain letters, digits, '.', '_' and '-'.");
	}

	@Test
	void databaseWithoutJdbcUrlIsAnError() {
		Topology topology = Topologies.twoRegions();
		Database eu = Topologies.eu(topology);
		eu.setJdbcUrl(" ");

		assertProblem(topology, TopologyProblem.MISSING_JDBC_URL, eu, "Database 'EU database' has no JDBC URL.");
	}

	@Test
	void jdbcUrlWithoutSubprotocolIsAnError() {
		Topology topology = Topologies.twoRegions();
		Database eu = Topologies.eu(topology);
		eu.setJdbcUrl("postgresql://eu-db/orders");

		assertProblem(topology, TopologyProblem.MALFORMED_JDBC_URL, eu,
				"JDBC URL 'postgresql://eu-db/orders' of database 'EU database' must start with jdbc:<subprotocol>:.");
	}

	@Test
	void jdbcUrlOfAnotherVendorIsAWarning() {
		Topology topology = Topologies.twoRegions();
		Database eu = Topologies.eu(topology);
		eu.setJdbcUrl("jdbc:mysql://eu-db:3306/orders");

		assertProblem(topology, TopologyProblem.VENDOR_MISMATCH, eu,
				"JDBC URL of database 'EU database' is for 'mysql' but its vendor is POSTGRESQL.");

		eu.setVendor(DatabaseVendor.MYSQL);
		assertValid(topology);
		eu.setVendor(DatabaseVendor.OTHER);
		assertValid(topology);
	}

	@Test
	void replicaWithoutReplicaIdIsAnError() {
		Topology topology = Topologies.twoRegions();
		ServiceReplica replica = Topologies.ordersEu(topology);
		replica.setReplicaId(null);

		assertProblem(topology, TopologyProblem.MISSING_REPLICA_ID, replica,
				"Service replica 'Orders EU' has no replica id; its change events could not be attributed.");
	}

	@Test
	void replicaIdWithSlashIsAnError() {
		Topology topology = Topologies.twoRegions();
		ServiceReplica replica = Topologies.ordersEu(topology);
		replica.setReplicaId("eu/1");

		assertProblem(topology, TopologyProblem.ILLEGAL_REPLICA_ID, replica,
				"Replica id 'eu/1' of service replica 'Orders EU' may only contain letters, digits, '.', '_' and '-'.");
	}
}
