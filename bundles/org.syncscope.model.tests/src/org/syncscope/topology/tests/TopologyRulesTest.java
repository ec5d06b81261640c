package org.syncscope.topology.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.syncscope.topology.tests.ProblemAssertions.assertProblem;
import static org.syncscope.topology.tests.ProblemAssertions.assertValid;
import static org.syncscope.topology.tests.ProblemAssertions.count;

import org.junit.jupiter.api.Test;
import org.syncscope.topology.Database;
import org.syncscope.topology.KafkaCluster;
import org.syncscope.topology.ServiceReplica;
import org.syncscope.topology.SyncLink;
import org.syncscope.topology.Topology;
import org.syncscope.topology.validation.TopologyProblem;

/** Uniqueness rules that span the whole topology. */
class TopologyRulesTest {

	@Test
	void fixtureIsValid() {
		assertValid(Topologies.twoRegions());
	}

	@Test
	void duplicateIdAcrossEndpointAndLinkIsAnError() {
		Topology topology = Topologies.twoRegions();
		SyncLink link = Topologies.euToUs(topology);
		link.setId("eu-db");

		assertProblem(topology, TopologyProblem.DUPLICATE_ID, link,
				"Id 'eu-db' is used by 2 elements; endpoint and link ids must be unique because the file refers to them by id.");
		assertEquals(2, count(topology, TopologyProblem.DUPLICATE_ID));
	}

	@Test
	void duplicateEndpointNameIsAnErrorButAnEndpointMayShareALinkName() {
		Topology topology = Topologies.twoRegions();
		Database eu = Topologies.eu(topology);
		eu.setName("US database");

		assertProblem(topology, TopologyProblem.DUPLICATE_NAME, eu,
				"Endpoint name 'US database' is used 2 times; give each one a distinct name.");

		eu.setName("EU to US");
		assertValid(topology);
	}

	@Test
	void duplicateLinkNameIsAnError() {
		Topology topology = Topologies.twoRegions();
		SyncLink link = Topologies.usToEu(topology);
		link.setName("EU to US");

		assertProblem(topology, TopologyProblem.DUPLICATE_NAME, link,
				"Link name 'EU to US' is used 2 times; give each one a distinct name.");
	}

	@Test
	void duplicateReplicaIdIsAnError() {
		Topology topology = Topologies.twoRegions();
		ServiceReplica replica = Topologies.ordersEu(topology);
		replica.setReplicaId("us-1");

		assertProblem(topology, TopologyProblem.DUPLICATE_REPLICA_ID, replica,
				"Replica id 'us-1' is used by 2 service replicas; version vectors need one id per replica.");
	}

	@Test
	void sharedApplierGroupOnOneClusterIsAnError() {
		Topology topology = Topologies.twoRegions();
		SyncLink link = Topologies.usToEu(topology);
		link.setApplierGroup(Topologies.euToUs(topology).getApplierGroup());

		assertProblem(topology, TopologyProblem.SHARED_APPLIER_GROUP, link,
				"Links 'EU to US', 'US to EU' share applier group 'applier.us-db.from.eu-db'; each link needs its own consumer group, or they split the change log between them.");
	}

	@Test
	void sameApplierGroupOnDifferentClustersIsFine() {
		Topology topology = Topologies.twoRegions();
		topology.getEndpoints().add(Topologies.cluster("kafka-us", "Kafka US", "kafka.us.internal:9093"));
		SyncLink link = Topologies.usToEu(topology);
		link.setCluster(topology.getEndpoints().stream().filter(e -> "kafka-us".equals(e.getId()))
				.map(KafkaCluster.class::cast).findFirst().orElseThrow());
		link.setApplierGroup(Topologies.euToUs(topology).getApplierGroup());

		assertValid(topology);
	}
}
