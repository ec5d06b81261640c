package org.syncscope.ui.topology.wizard;

import java.io.IOException;
import java.nio.file.Path;

import org.eclipse.emf.ecore.resource.ResourceSet;
import org.eclipse.jface.wizard.Wizard;
import org.syncscope.topology.Topology;
import org.syncscope.topology.TopologyFactory;
import org.syncscope.topology.resource.TopologyResources;
import org.syncscope.ui.topology.ActiveTopology;
import org.syncscope.ui.topology.TopologyDocument;

/**
 * Creates a topology file and opens it, so an operator never starts from a blank text editor: either an
 * empty topology or a copy of the three-region multi-master sample to adapt.
 */
public class NewTopologyWizard extends Wizard {

	/** Title of the wizard dialog. */
	public static final String TITLE = "New Topology";

	private final ActiveTopology active;
	private NewTopologyPage page;

	public NewTopologyWizard(ActiveTopology active) {
		this.active = active;
		setWindowTitle(TITLE);
		setNeedsProgressMonitor(false);
	}

	@Override
	public void addPages() {
		page = new NewTopologyPage(Path.of(System.getProperty("user.home")));
		addPage(page);
	}

	@Override
	public boolean performFinish() {
		Path file = page.file();
		try {
			Topology topology = page.fromSample() ? sample() : TopologyFactory.eINSTANCE.createTopology();
			topology.setName(page.topologyName());
			active.show(TopologyDocument.create(file, topology));
			active.status("Created " + file);
			return true;
		} catch (IOException | RuntimeException e) {
			page.setErrorMessage("Cannot create " + file + ": " + e.getMessage());
			return false;
		}
	}

	private static Topology sample() {
		ResourceSet resourceSet = TopologyResources.newResourceSet();
		return (Topology) resourceSet.getResource(TopologyResources.threeRegionSample(), true).getContents().get(0);
	}
}
