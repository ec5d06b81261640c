package org.syncscope.testing.kafka;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.eclipse.emf.ecore.resource.Resource;
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
		Topology topology = (Topology) pointedAt(bootstrapServers).getContents().get(0);
		List<ClusterSpec> clusters = TopologySpecs.of(topology, CredentialResolver.NONE);
		if (clusters.size() != 1) {
			throw new AssertionError("the sample has one cluster: " + clusters);
		}
		return clusters.get(0);
	}

	/** A copy of the sample saved as {@code three-region.synctopo} in {@code folder}, pointed at the broker. */
	public static Path savedIn(Path folder, String bootstrapServers) throws IOException {
		Path file = folder.resolve("three-region.synctopo");
		Resource resource = pointedAt(bootstrapServers);
		resource.setURI(TopologyResources.fileUri(file));
		resource.save(Map.of());
		return file;
	}

	private static Resource pointedAt(String bootstrapServers) {
		ResourceSet resources = TopologyResources.newResourceSet();
		Resource resource = resources.getResource(TopologyResources.threeRegionSample(), true);
		Topology topology = (Topology) resource.getContents().get(0);
		topology.getEndpoints().stream().filter(KafkaCluster.class::isInstance).map(KafkaCluster.class::cast)
				.forEach(cluster -> cluster.setBootstrapServers(bootstrapServers));
		return resource;
	}
}
