package org.syncscope.topology.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.resource.ResourceSet;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.junit.jupiter.api.Test;
import org.syncscope.testing.TestOutput;
import org.syncscope.topology.CdcLinks;
import org.syncscope.topology.ConflictPolicy;
import org.syncscope.topology.Database;
import org.syncscope.topology.EventFormat;
import org.syncscope.topology.KafkaCluster;
import org.syncscope.topology.KafkaConnectCluster;
import org.syncscope.topology.SyncLink;
import org.syncscope.topology.Topology;
import org.syncscope.topology.resource.TopologyResources;

/** The shipped sample loads, is valid, and survives a save and reload unchanged. */
class SampleRoundTripTest {

	@Test
	void sampleIsAValidThreeRegionMultiMasterTopology() {
		Topology sample = loadSample(TopologyResources.newResourceSet());

		assertEquals(7, sample.getEndpoints().size());
		assertEquals(6, sample.getLinks().size());
		SyncLink euToUs = sample.findLink("eu-west-to-us-east");
		assertEquals("sync.eu-west.changes", euToUs.getChangeLogTopic());
		assertEquals("applier.us-east.from.eu-west", euToUs.getApplierGroup());
		assertSame(sample.findEndpoint("us-east-db"), euToUs.getTarget());
		assertEquals("127.0.0.1:9092", ((KafkaCluster) sample.findEndpoint("kafka-demo")).getBootstrapServers());
		assertTrue(sample.getLinks().stream().allMatch(link -> link.getConflictPolicy() != ConflictPolicy.MANUAL));
		ProblemAssertions.assertValid(sample);
	}

	@Test
	void xmiRoundTripKeepsEveryValueAndReference() throws Exception {
		Topology original = loadSample(TopologyResources.newResourceSet());
		Path file = TestOutput.scratchFolder("round-trip").resolve("copy.synctopo");

		Resource copy = TopologyResources.create(TopologyResources.newResourceSet(), file, EcoreUtil.copy(original));
		copy.save(Map.of());
		Topology reloaded = TopologyResources.load(TopologyResources.newResourceSet(), file);

		assertNotSame(original, reloaded);
		assertTrue(EcoreUtil.equals(original, reloaded), "The reloaded topology differs from the saved one");
		Database target = (Database) reloaded.findLink("us-east-to-ap-south").getTarget();
		assertSame(reloaded.findEndpoint("ap-south-db"), target);
		assertEquals(List.of("customer.email", "customer.phone", "payment.cardNumber"),
				reloaded.findLink("ap-south-to-eu-west").getSensitiveFields());
	}

	@Test
	void cdcSampleIsAValidTwoRegionDebeziumPipeline() {
		Topology sample = (Topology) TopologyResources.newResourceSet()
				.getResource(TopologyResources.cdcTwoRegionSample(), true).getContents().get(0);

		assertEquals(4, sample.getEndpoints().size());
		assertEquals(2, sample.getLinks().size());
		SyncLink euToUs = sample.findLink("eu-to-us");
		assertEquals(EventFormat.DEBEZIUM_JSON, euToUs.getEventFormat());
		assertEquals("connect-eu-to-us", CdcLinks.effectiveApplierGroup(euToUs));
		assertEquals("http://127.0.0.1:8083", ((KafkaConnectCluster) sample.findEndpoint("connect-cdc")).getRestUrl());
		assertSame(sample.findEndpoint("connect-cdc"), euToUs.getConnectCluster());
		assertEquals(List.of("public.customers"), euToUs.getTables());
		assertEquals(List.of("id"), euToUs.getKeyColumns());
		ProblemAssertions.assertValid(sample);
	}

	private static Topology loadSample(ResourceSet resourceSet) {
		Resource resource = resourceSet.getResource(TopologyResources.threeRegionSample(), true);
		return (Topology) resource.getContents().get(0);
	}
}
