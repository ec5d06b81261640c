package org.syncscope.resolution.tests;

import java.util.List;

import org.eclipse.emf.ecore.resource.ResourceSet;
import org.syncscope.kafka.monitor.ClusterSpec;
import org.syncscope.kafka.monitor.CredentialResolver;
import org.syncscope.kafka.monitor.TopologySpecs;
import org.syncscope.topology.KafkaCluster;
import org.syncscope.topology.Topology;
import org.syncscope.topology.resource.TopologyResources;

/** The shipped three-region sample pointed at the test broker, as monitoring sees it. */
final class SampleTopology {

	private SampleTopology() {
	}

	static ClusterSpec clusterAt(String bootstrapServers) throws Exception {
		ResourceSet resources = TopologyResources.newResourceSet();
		Topology topology = (Topology) resources.getResource(TopologyResources.threeRegionSample(), true)
				.getContents().get(0);
		topology.getEndpoints().stream().filter(KafkaCluster.class::isInstance).map(KafkaCluster.class::cast)
				.forEach(cluster -> cluster.setBootstrapServers(bootstrapServers));
		return TopologySpecs.of(topology, CredentialResolver.NONE).get(0);
	}
}
