package org.syncscope.testing.kafka;

import java.util.List;

import org.eclipse.emf.ecore.resource.ResourceSet;
import org.syncscope.kafka.monitor.ClusterSpec;
import org.syncscope.kafka.monitor.CredentialResolver;
import org.syncscope.kafka.monitor.TopologySpecs;
import org.syncscope.topology.KafkaCluster;
import org.syncscope.topology.Topology;
import org.syncscope.topology.resource.TopologyResources;

/** The shipped three-region sample, pointed at a test broker, as monitoring sees it. */
public final class SampleTopology {

	private SampleTopology() {
	}

	/** The sample's one Kafka cluster with its links, its bootstrap servers replaced by {@code bootstrapServers}. */
	public static ClusterSpec clusterAt(String bootstrapServers) throws Exception {
		ResourceSet resources = TopologyResources.newResourceSet();
		Topology topology = (Topology) resources.getResource(TopologyResources.threeRegionSample(), true)
				.getContents().get(0);
		topology.getEndpoints().stream().filter(KafkaCluster.class::isInstance).map(KafkaCluster.class::cast)
				.forEach(cluster -> cluster.setBootstrapServers(bootstrapServers));
		List<ClusterSpec> clusters = TopologySpecs.of(topology, CredentialResolver.NONE);
		if (clusters.size() != 1) {
			throw new AssertionError("the sample has one cluster: " + clusters);
		}
		return clusters.get(0);
	}
}
