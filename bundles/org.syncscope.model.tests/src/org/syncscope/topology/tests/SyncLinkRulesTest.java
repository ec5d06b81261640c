package org.syncscope.topology.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.syncscope.topology.tests.ProblemAssertions.assertProblem;
import static org.syncscope.topology.tests.ProblemAssertions.assertValid;
import static org.syncscope.topology.tests.ProblemAssertions.count;

import org.eclipse.emf.ecore.InternalEObject;
import org.eclipse.emf.common.util.URI;
import org.junit.jupiter.api.Test;
import org.syncscope.topology.ConflictPolicy;
import org.syncscope.topology.Database;
import org.syncscope.topology.KafkaCluster;
import org.syncscope.topology.SyncLink;
import org.syncscope.topology.Topology;
import org.syncscope.topology.TopologyFactory;
import org.syncscope.topology.validation.TopologyProblem;

/** Rules for sync links, including the multi-master cycle warning. */
class SyncLinkRulesTest {

	@Test
	void linkWithoutTargetIsAnError() {
		Topology topology = Topologies.twoRegions();
		SyncLink link = Topologies.euToUs(topology);
		link.setTarget(null);

		assertProblem(topology, TopologyProblem.MISSING_ENDPOINT, link, "Link 'EU to US' has no target endpoint.");
	}

	@Test
	void linkFromAnEndpointToItselfIsAnError() {
		Topology topology = Topologies.twoRegions();
		SyncLink link = Topologies.euToUs(topology);
		link.setTarget(link.getSource());

		assertProblem(topology, TopologyProblem.SOURCE_IS_TARGET, link,
				"Link 'EU to US' has 'EU database' as both source and target; a link replicates between two different endpoints.");
	}

	@Test
	void linkWithoutClusterIsAnError() {
		Topology topology = Topologies.twoRegions();
		SyncLink link = Topologies.euToUs(topology);
		link.setCluster(null);

		assertProblem(topology, TopologyProblem.MISSING_CLUSTER, link,
				"Link 'EU to US' has no Kafka cluster to carry its change log.");
	}

	@Test
	void linkOnAClusterOfAnotherTopologyIsAnError() {
		Topology topology = Topologies.twoRegions();
		Topology other = Topologies.twoRegions();
		SyncLink link = Topologies.euToUs(topology);
		link.setCluster(Topologies.kafka(other));
		Topologies.kafka(other).setName("Kafka elsewhere");

		assertProblem(topology, TopologyProblem.FOREIGN_CLUSTER, link,
				"Link 'EU to US' refers to Kafka cluster 'Kafka elsewhere', which is not part of this topology.");
	}

	@Test
	void linkOnAnUnresolvableClusterIsAnError() {
		Topology topology = Topologies.twoRegions();
		SyncLink link = Topologies.euToUs(topology);
		KafkaCluster missing = TopologyFactory.eINSTANCE.createKafkaCluster();
		((InternalEObject) missing).eSetProxyURI(URI.createURI("gone.synctopo#kafka-x"));
		link.setCluster(missing);

		assertProblem(topology, TopologyProblem.FOREIGN_CLUSTER, link,
				"Link 'EU to US' refers to Kafka cluster 'gone.synctopo#kafka-x', which is not part of this topology.");
	}

	@Test
	void missingTopicIsAnError() {
		Topology topology = Topologies.twoRegions();
		SyncLink link = Topologies.euToUs(topology);
		link.setChangeLogTopic("");

		assertProblem(topology, TopologyProblem.MISSING_TOPIC, link, "Link 'EU to US' has no change-log topic.");
	}

	@Test
	void illegalTopicNameIsAnError() {
		Topology topology = Topologies.twoRegions();
		SyncLink link = Topologies.euToUs(topology);
		link.setChangeLogTopic("sync/eu changes");

		assertProblem(topology, TopologyProblem.ILLEGAL_TOPIC, link,
				"Change-log topic 'sync/eu changes' of link 'EU to US' is not a legal Kafka topic name: use 1 to 249 letters, digits, '.', '_' or '-', and not '.' or '..'.");
	}

	@Test
	void illegalReplayTargetIsAnError() {
		Topology topology = Topologies.twoRegions();
		SyncLink link = Topologies.euToUs(topology);
		link.getReplayTargetTopics().add("sync.eu.replay");
		assertValid(topology);

		link.getReplayTargetTopics().add("..");
		assertProblem(topology, TopologyProblem.ILLEGAL_TOPIC, link,
				"Replay target topic '..' of link 'EU to US' is not a legal Kafka topic name: use 1 to 249 letters, digits, '.', '_' or '-', and not '.' or '..'.");
	}

	@Test
	void missingApplierGroupIsAnError() {
		Topology topology = Topologies.twoRegions();
		SyncLink link = Topologies.euToUs(topology);
		link.setApplierGroup(null);

		assertProblem(topology, TopologyProblem.MISSING_APPLIER_GROUP, link,
				"Link 'EU to US' has no applier consumer group.");
	}

	@Test
	void illegalApplierGroupIsAnError() {
		Topology topology = Topologies.twoRegions();
		SyncLink link = Topologies.euToUs(topology);
		link.setApplierGroup("applier:us");

		assertProblem(topology, TopologyProblem.ILLEGAL_APPLIER_GROUP, link,
				"Applier group 'applier:us' of link 'EU to US' is not a legal name: use 1 to 249 letters, digits, '.', '_' or '-', and not '.' or '..'.");
	}

	@Test
	void warningThresholdNotBelowCriticalIsAnError() {
		Topology topology = Topologies.twoRegions();
		SyncLink link = Topologies.euToUs(topology);
		link.setLagWarningSeconds(300);
		link.setLagCriticalSeconds(300);

		assertProblem(topology, TopologyProblem.UNORDERED_LAG_THRESHOLDS, link,
				"Lag warning threshold of link 'EU to US' (300s) must be lower than its critical threshold (300s).");

		link.setLagWarningSeconds(299);
		assertValid(topology);
	}

	@Test
	void nonPositiveThresholdIsAnError() {
		Topology topology = Topologies.twoRegions();
		SyncLink link = Topologies.euToUs(topology);
		link.setLagWarningSeconds(0);

		assertProblem(topology, TopologyProblem.NON_POSITIVE_LAG_THRESHOLD, link,
				"Lag thresholds of link 'EU to US' must be positive; warning is 0s, critical is 300s.");
	}

	@Test
	void sensitiveFieldMustBeADottedPath() {
		Topology topology = Topologies.twoRegions();
		SyncLink link = Topologies.euToUs(topology);
		link.getSensitiveFields().add("payment.*.number");
		assertValid(topology);

		link.getSensitiveFields().add("customer..email");
		assertProblem(topology, TopologyProblem.ILLEGAL_SENSITIVE_FIELD, link,
				"Sensitive field 'customer..email' of link 'EU to US' is not a dotted field path such as customer.email ('*' matches any one field).");
	}

	@Test
	void manualPolicyOnATwoWayCycleIsAWarningOnThatLinkOnly() {
		Topology topology = Topologies.twoRegions();
		SyncLink link = Topologies.usToEu(topology);
		link.setConflictPolicy(ConflictPolicy.MANUAL);

		assertProblem(topology, TopologyProblem.MANUAL_POLICY_IN_CYCLE, link,
				"Link 'US to EU' is part of the multi-master cycle US database \u2192 EU database \u2192 US database but resolves conflicts MANUAL; every concurrent write waits for an operator. Choose an automatic conflict policy.");
		assertEquals(1, count(topology, TopologyProblem.MANUAL_POLICY_IN_CYCLE));
	}

	@Test
	void manualPolicyOnALongerCycleIsAWarning() {
		Topology topology = Topologies.twoRegions();
		Database ap = Topologies.database("ap-db", "AP database");
		topology.getEndpoints().add(ap);
		Topologies.usToEu(topology).setEnabled(false);
		Database us = (Database) topology.findEndpoint("us-db");
		SyncLink usToAp = Topologies.link("us-to-ap", "US to AP", us, ap, Topologies.kafka(topology));
		SyncLink apToEu = Topologies.link("ap-to-eu", "AP to EU", ap, Topologies.eu(topology), Topologies.kafka(topology));
		apToEu.setConflictPolicy(ConflictPolicy.MANUAL);
		topology.getLinks().add(usToAp);
		topology.getLinks().add(apToEu);

		assertProblem(topology, TopologyProblem.MANUAL_POLICY_IN_CYCLE, apToEu,
				"Link 'AP to EU' is part of the multi-master cycle AP database \u2192 EU database \u2192 US database \u2192 AP database but resolves conflicts MANUAL; every concurrent write waits for an operator. Choose an automatic conflict policy.");
	}

	@Test
	void manualPolicyWithoutCycleIsFine() {
		Topology topology = Topologies.twoRegions();
		Topologies.usToEu(topology).setEnabled(false);
		Topologies.euToUs(topology).setConflictPolicy(ConflictPolicy.MANUAL);

		assertValid(topology);
	}
}
