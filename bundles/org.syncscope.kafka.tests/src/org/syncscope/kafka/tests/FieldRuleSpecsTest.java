package org.syncscope.kafka.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.syncscope.core.merge.FieldRule;
import org.syncscope.core.merge.FieldType;
import org.syncscope.core.policy.ConflictPolicy;
import org.syncscope.kafka.monitor.CredentialResolver;
import org.syncscope.kafka.monitor.LinkSpec;
import org.syncscope.kafka.monitor.TopologySpecs;
import org.syncscope.topology.FieldRuleType;
import org.syncscope.topology.KafkaCluster;
import org.syncscope.topology.ServiceReplica;
import org.syncscope.topology.SyncLink;
import org.syncscope.topology.Topology;
import org.syncscope.topology.TopologyFactory;

/** A link's field rules reach the monitor and the resolvers; malformed and overlapping ones are left out. */
class FieldRuleSpecsTest {

	private static final TopologyFactory MODEL = TopologyFactory.eINSTANCE;

	@Test
	void wellFormedRulesReachTheLinkSpecInOrder() throws Exception {
		Topology topology = MODEL.createTopology();
		KafkaCluster cluster = MODEL.createKafkaCluster();
		cluster.setId("kafka");
		cluster.setBootstrapServers("127.0.0.1:9092");
		ServiceReplica eu = replica("eu");
		ServiceReplica us = replica("us");
		topology.getEndpoints().addAll(List.of(cluster, eu, us));
		SyncLink link = MODEL.createSyncLink();
		link.setId("eu-to-us");
		link.setSource(eu);
		link.setTarget(us);
		link.setCluster(cluster);
		link.setChangeLogTopic("sync.eu");
		link.setApplierGroup("applier.us.from.eu");
		link.setConflictPolicy(org.syncscope.topology.ConflictPolicy.FIELD_RULES);
		rule(link, "stock.count", FieldRuleType.COUNTER);
		rule(link, "stock..bin", FieldRuleType.LWW);
		rule(link, "tags", FieldRuleType.SET);
		rule(link, "stock.count.units", FieldRuleType.MAX);
		rule(link, null, FieldRuleType.MIN);
		topology.getLinks().add(link);

		LinkSpec spec = TopologySpecs.of(topology, CredentialResolver.NONE).get(0).links().get(0);

		assertEquals(ConflictPolicy.FIELD_RULES, spec.policy());
		assertEquals(List.of(FieldRule.of("stock.count", FieldType.COUNTER), FieldRule.of("tags", FieldType.SET)),
				spec.fieldRules());
	}

	private static ServiceReplica replica(String id) {
		ServiceReplica replica = MODEL.createServiceReplica();
		replica.setId(id);
		replica.setName(id);
		return replica;
	}

	private static void rule(SyncLink link, String path, FieldRuleType type) {
		org.syncscope.topology.FieldRule rule = MODEL.createFieldRule();
		rule.setPath(path);
		rule.setType(type);
		link.getFieldRules().add(rule);
	}
}
