package org.syncscope.topology.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertSame;

import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.EPackage;
import org.eclipse.emf.ecore.EValidator;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.resource.impl.ResourceSetImpl;
import org.eclipse.emf.edit.provider.ComposedAdapterFactory;
import org.eclipse.emf.edit.provider.IItemLabelProvider;
import org.junit.jupiter.api.Test;
import org.syncscope.topology.Topology;
import org.syncscope.topology.TopologyPackage;
import org.syncscope.topology.resource.TopologyResourceFactory;
import org.syncscope.topology.resource.TopologyResources;
import org.syncscope.topology.util.TopologyValidator;

/**
 * Inside OSGi the plugin.xml registrations alone make topology files usable: the package, the
 * {@code .synctopo} parser, the validator and the item providers, with no registration by hand.
 */
class RegistrationTest {

	@Test
	void packageIsInTheGlobalRegistry() {
		assertSame(TopologyPackage.eINSTANCE, EPackage.Registry.INSTANCE.getEPackage(TopologyPackage.eNS_URI));
	}

	@Test
	void synctopoExtensionHasItsFactory() {
		Resource.Factory factory = Resource.Factory.Registry.INSTANCE
				.getFactory(URI.createFileURI("/tmp/any.synctopo"));

		assertInstanceOf(TopologyResourceFactory.class, factory);
	}

	@Test
	void aPlainResourceSetLoadsTheSample() {
		Resource resource = new ResourceSetImpl().getResource(TopologyResources.threeRegionSample(), true);

		Topology sample = assertInstanceOf(Topology.class, resource.getContents().get(0));
		assertEquals(6, sample.getLinks().size());
	}

	@Test
	void validatorIsRegisteredForThePackage() {
		assertSame(TopologyValidator.INSTANCE, EValidator.Registry.INSTANCE.getEValidator(TopologyPackage.eINSTANCE));
	}

	@Test
	void itemProvidersAreFoundThroughTheRegistry() {
		Topology topology = Topologies.twoRegions();
		ComposedAdapterFactory factory = new ComposedAdapterFactory(ComposedAdapterFactory.Descriptor.Registry.INSTANCE);
		try {
			IItemLabelProvider labels = (IItemLabelProvider) factory.adapt(topology, IItemLabelProvider.class);
			assertEquals("Topology Two regions", labels.getText(topology));
		} finally {
			factory.dispose();
		}
	}
}
