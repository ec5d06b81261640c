package org.syncscope.topology.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URL;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import org.eclipse.emf.edit.command.CommandParameter;
import org.eclipse.emf.edit.provider.IEditingDomainItemProvider;
import org.eclipse.emf.edit.provider.IItemLabelProvider;
import org.eclipse.emf.edit.provider.IItemPropertySource;
import org.eclipse.emf.edit.provider.ITreeItemContentProvider;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.syncscope.topology.SyncLink;
import org.syncscope.topology.Topology;
import org.syncscope.topology.provider.TopologyItemProviderAdapterFactory;

/** What the editor's tree, labels and properties view get from the generated item providers. */
class ItemProvidersTest {

	private final TopologyItemProviderAdapterFactory factory = new TopologyItemProviderAdapterFactory();

	@AfterEach
	void tearDown() {
		factory.dispose();
	}

	@Test
	void labelsAndPngIcons() {
		Topology topology = Topologies.twoRegions();
		SyncLink link = Topologies.euToUs(topology);
		IItemLabelProvider labels = (IItemLabelProvider) factory.adapt(link, IItemLabelProvider.class);

		assertEquals("Sync Link EU to US", labels.getText(link));
		URL icon = assertInstanceOf(URL.class, labels.getImage(link));
		assertTrue(icon.toString().endsWith("icons/full/obj16/SyncLink.png"), icon.toString());
	}

	@Test
	void treeShowsEndpointsThenLinks() {
		Topology topology = Topologies.twoRegions();
		ITreeItemContentProvider tree = (ITreeItemContentProvider) factory.adapt(topology,
				ITreeItemContentProvider.class);

		List<Object> children = List.copyOf(tree.getChildren(topology));

		assertEquals(topology.getEndpoints().size() + topology.getLinks().size(), children.size());
		assertEquals(topology.getLinks().get(1), children.get(children.size() - 1));
	}

	@Test
	void topologyOffersEveryEndpointKindAndLinksAsNewChildren() {
		Topology topology = Topologies.twoRegions();
		IEditingDomainItemProvider provider = (IEditingDomainItemProvider) factory.adapt(topology,
				IEditingDomainItemProvider.class);

		Set<String> kinds = provider.getNewChildDescriptors(topology, null, null).stream()
				.map(descriptor -> ((CommandParameter) descriptor).getEValue().eClass().getName())
				.collect(Collectors.toSet());

		assertEquals(Set.of("KafkaCluster", "KafkaConnectCluster", "Database", "ServiceReplica", "SyncLink"), kinds);
	}

	@Test
	void linkPropertiesIncludeThePolicyAndThresholds() {
		SyncLink link = Topologies.euToUs(Topologies.twoRegions());
		IItemPropertySource properties = (IItemPropertySource) factory.adapt(link, IItemPropertySource.class);

		Set<String> names = properties.getPropertyDescriptors(link).stream()
				.map(descriptor -> descriptor.getDisplayName(link)).collect(Collectors.toSet());

		assertTrue(names.containsAll(Set.of("Conflict Policy", "Lag Warning (s)", "Lag Critical (s)",
				"Change-Log Topic", "Applier Group", "Sensitive Fields", "Cluster")), names.toString());
	}
}
