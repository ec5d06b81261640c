package org.syncscope.ui.topology;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

import org.eclipse.emf.common.command.BasicCommandStack;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.resource.ResourceSet;
import org.eclipse.emf.edit.domain.AdapterFactoryEditingDomain;
import org.eclipse.emf.edit.provider.ComposedAdapterFactory;
import org.eclipse.emf.edit.provider.ReflectiveItemProviderAdapterFactory;
import org.syncscope.topology.Topology;
import org.syncscope.topology.provider.TopologyItemProviderAdapterFactory;
import org.syncscope.topology.resource.TopologyLoadException;
import org.syncscope.topology.resource.TopologyResources;

/**
 * One open topology file and what editing it needs: the resource, an editing domain whose command stack
 * carries undo/redo and the dirty state, and the item-provider adapter factory every viewer of the file
 * shares. Free of widgets so that the load, save and dirty logic do not depend on a display.
 */
public final class TopologyDocument {

	private final ComposedAdapterFactory adapterFactory;
	private final AdapterFactoryEditingDomain domain;
	private final Resource resource;
	private final Topology topology;
	private final List<Runnable> stateListeners = new CopyOnWriteArrayList<>();
	private Path file;

	private TopologyDocument(ResourceSet resourceSet, Topology topology, Path file) {
		this.adapterFactory = new ComposedAdapterFactory(new TopologyItemProviderAdapterFactory());
		adapterFactory.addAdapterFactory(new ReflectiveItemProviderAdapterFactory());
		BasicCommandStack commandStack = new BasicCommandStack();
		this.domain = new AdapterFactoryEditingDomain(adapterFactory, commandStack, resourceSet);
		resourceSet.eAdapters().add(new AdapterFactoryEditingDomain.EditingDomainProvider(domain));
		this.topology = topology;
		this.resource = topology.eResource();
		this.file = file;
		commandStack.addCommandStackListener(event -> fireStateChanged());
	}

	/**
	 * Reads {@code file}. A file that cannot be read leaves nothing behind that could be saved over it.
	 *
	 * @throws TopologyLoadException naming the file and, for malformed XML, the line and column
	 */
	public static TopologyDocument open(Path file) throws TopologyLoadException {
		ResourceSet resourceSet = TopologyResources.newResourceSet();
		return new TopologyDocument(resourceSet, TopologyResources.load(resourceSet, file), file);
	}

	/** Writes {@code topology} as a new file and returns it as an open document. */
	public static TopologyDocument create(Path file, Topology topology) throws IOException {
		ResourceSet resourceSet = TopologyResources.newResourceSet();
		TopologyResources.create(resourceSet, file, topology).save(null);
		return new TopologyDocument(resourceSet, topology, file);
	}

	/** The file this document is read from and saved to. */
	public Path file() {
		return file;
	}

	/** The root of the model. */
	public Topology topology() {
		return topology;
	}

	/** The resource holding the topology, the input of the tree. */
	public Resource resource() {
		return resource;
	}

	/** The editing domain every change goes through, so that it can be undone. */
	public AdapterFactoryEditingDomain domain() {
		return domain;
	}

	/** The item providers (labels, children, properties, commands) shared by all viewers of this document. */
	public ComposedAdapterFactory adapterFactory() {
		return adapterFactory;
	}

	/** Whether there are changes since the file was read or last saved. */
	public boolean isDirty() {
		return ((BasicCommandStack) domain.getCommandStack()).isSaveNeeded();
	}

	/** Writes the topology to its file. */
	public void save() throws IOException {
		resource.save(null);
		((BasicCommandStack) domain.getCommandStack()).saveIsDone();
		fireStateChanged();
	}

	/** Writes the topology to {@code target}, which becomes the document's file if the write succeeds. */
	public void saveAs(Path target) throws IOException {
		resource.setURI(TopologyResources.fileUri(target));
		try {
			save();
		} catch (IOException | RuntimeException e) {
			resource.setURI(TopologyResources.fileUri(file));
			throw e;
		}
		file = target;
		fireStateChanged();
	}

	/** Runs {@code listener} after every change of the dirty state, the file or the command stack. */
	public void addStateListener(Runnable listener) {
		stateListeners.add(listener);
	}

	public void removeStateListener(Runnable listener) {
		stateListeners.remove(listener);
	}

	/** Releases the item providers; the document must not be used afterwards. */
	public void dispose() {
		stateListeners.clear();
		adapterFactory.dispose();
	}

	private void fireStateChanged() {
		stateListeners.forEach(Runnable::run);
	}
}
