package org.syncscope.topology.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;

import org.eclipse.emf.common.command.BasicCommandStack;
import org.eclipse.emf.common.command.CommandStack;
import org.eclipse.emf.common.command.CompoundCommand;
import org.eclipse.emf.edit.command.AddCommand;
import org.eclipse.emf.edit.command.SetCommand;
import org.eclipse.emf.edit.domain.AdapterFactoryEditingDomain;
import org.eclipse.emf.edit.domain.EditingDomain;
import org.eclipse.emf.edit.provider.ComposedAdapterFactory;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.syncscope.topology.ConflictPolicy;
import org.syncscope.topology.Database;
import org.syncscope.topology.Endpoint;
import org.syncscope.topology.SyncLink;
import org.syncscope.topology.Topology;
import org.syncscope.topology.TopologyFactory;
import org.syncscope.topology.TopologyPackage.Literals;
import org.syncscope.topology.provider.TopologyItemProviderAdapterFactory;
import org.syncscope.topology.resource.TopologyResources;

/**
 * One user gesture (add a region: a database, a link to it, and a rename) is one compound command that undoes
 * and redoes as a whole through the editing domain the editor uses.
 */
class CommandStackTest {

	private final ComposedAdapterFactory adapterFactory = new ComposedAdapterFactory(
			new TopologyItemProviderAdapterFactory());
	private EditingDomain domain;
	private Topology topology;

	@BeforeEach
	void setUp() {
		domain = new AdapterFactoryEditingDomain(adapterFactory, new BasicCommandStack(),
				TopologyResources.newResourceSet());
		topology = Topologies.twoRegions();
		domain.getResourceSet().createResource(TopologyResources.fileUri(Path.of("edit.synctopo")))
				.getContents().add(topology);
	}

	@AfterEach
	void tearDown() {
		adapterFactory.dispose();
	}

	@Test
	void compoundEditUndoesAndRedoesAsOne() {
		List<Endpoint> endpointsBefore = List.copyOf(topology.getEndpoints());
		List<SyncLink> linksBefore = List.copyOf(topology.getLinks());
		Database ap = Topologies.database("ap-db", "AP database");
		SyncLink euToAp = TopologyFactory.eINSTANCE.createSyncLink();
		CompoundCommand addRegion = new CompoundCommand("Add AP region");
		addRegion.append(AddCommand.create(domain, topology, Literals.TOPOLOGY__ENDPOINTS, ap));
		addRegion.append(AddCommand.create(domain, topology, Literals.TOPOLOGY__LINKS, euToAp));
		addRegion.append(SetCommand.create(domain, euToAp, Literals.SYNC_LINK__SOURCE, Topologies.eu(topology)));
		addRegion.append(SetCommand.create(domain, euToAp, Literals.SYNC_LINK__TARGET, ap));
		addRegion.append(SetCommand.create(domain, euToAp, Literals.SYNC_LINK__CONFLICT_POLICY,
				ConflictPolicy.SOURCE_WINS));
		addRegion.append(SetCommand.create(domain, topology, Literals.TOPOLOGY__NAME, "Three regions"));
		CommandStack stack = domain.getCommandStack();

		assertTrue(addRegion.canExecute());
		stack.execute(addRegion);
		assertAdded(ap, euToAp);
		assertTrue(((BasicCommandStack) stack).isSaveNeeded());

		assertTrue(stack.canUndo());
		stack.undo();
		assertEquals(endpointsBefore, topology.getEndpoints());
		assertEquals(linksBefore, topology.getLinks());
		assertEquals("Two regions", topology.getName());
		assertNull(euToAp.getSource());
		assertNull(euToAp.getTarget());
		assertEquals(ConflictPolicy.MANUAL, euToAp.getConflictPolicy());
		assertFalse(stack.canUndo());
		assertFalse(((BasicCommandStack) stack).isSaveNeeded());

		assertTrue(stack.canRedo());
		stack.redo();
		assertAdded(ap, euToAp);
		assertSame(addRegion, stack.getUndoCommand());
	}

	private void assertAdded(Database ap, SyncLink euToAp) {
		assertEquals("Three regions", topology.getName());
		assertSame(ap, topology.getEndpoints().get(topology.getEndpoints().size() - 1));
		assertSame(euToAp, topology.getLinks().get(topology.getLinks().size() - 1));
		assertSame(Topologies.eu(topology), euToAp.getSource());
		assertSame(ap, euToAp.getTarget());
		assertEquals(ConflictPolicy.SOURCE_WINS, euToAp.getConflictPolicy());
	}
}
