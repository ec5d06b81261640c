package org.syncscope.topology.resource;

import java.util.Map;

import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.xmi.XMLResource;
import org.eclipse.emf.ecore.xmi.impl.XMIResourceFactoryImpl;
import org.eclipse.emf.ecore.xmi.impl.XMIResourceImpl;

/**
 * Creates the XMI resources of {@code .synctopo} files with the options every reader and writer should share:
 * UTF-8, readable line breaks, and a strict load that fails on elements the model does not know instead of
 * silently dropping them (a foreign or newer file must not be saved back half-empty).
 */
public class TopologyResourceFactory extends XMIResourceFactoryImpl {

	@Override
	public Resource createResource(URI uri) {
		XMIResourceImpl resource = new XMIResourceImpl(uri);
		Map<Object, Object> save = resource.getDefaultSaveOptions();
		save.put(XMLResource.OPTION_ENCODING, "UTF-8");
		save.put(XMLResource.OPTION_LINE_WIDTH, 100);
		save.put(XMLResource.OPTION_SCHEMA_LOCATION, Boolean.FALSE);
		save.put(Resource.OPTION_SAVE_ONLY_IF_CHANGED, Resource.OPTION_SAVE_ONLY_IF_CHANGED_MEMORY_BUFFER);
		Map<Object, Object> load = resource.getDefaultLoadOptions();
		load.put(XMLResource.OPTION_DEFER_IDREF_RESOLUTION, Boolean.TRUE);
		load.put(XMLResource.OPTION_RECORD_UNKNOWN_FEATURE, Boolean.FALSE);
		return resource;
	}
}
