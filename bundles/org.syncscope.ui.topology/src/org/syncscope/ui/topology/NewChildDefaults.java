package org.syncscope.ui.topology;

import java.util.HashSet;
import java.util.Locale;
import java.util.Set;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.syncscope.topology.Endpoint;
import org.syncscope.topology.SyncLink;
import org.syncscope.topology.Topology;

/**
 * Gives a new endpoint or link a unique id and a name before it is added, so that the tree, the overview and
 * references can show and find it at once (an element without id cannot be referred to in the file).
 */
final class NewChildDefaults {

	private NewChildDefaults() {
	}

	static void apply(Topology topology, Object child) {
		if (child instanceof Endpoint endpoint && endpoint.getId() == null) {
			String id = uniqueId(topology, kebab(endpoint.eClass().getName()));
			endpoint.setId(id);
			endpoint.setName("New " + spaced(endpoint.eClass().getName()) + " " + suffix(id));
		} else if (child instanceof SyncLink link && link.getId() == null) {
			String id = uniqueId(topology, "link");
			link.setId(id);
			link.setName("New link " + suffix(id));
		}
	}

	private static String uniqueId(Topology topology, String prefix) {
		Set<String> taken = new HashSet<>();
		for (EObject element : (Iterable<EObject>) topology::eAllContents) {
			String id = EcoreUtil.getID(element);
			if (id != null) {
				taken.add(id);
			}
		}
		int n = 1;
		while (taken.contains(prefix + "-" + n)) {
			n++;
		}
		return prefix + "-" + n;
	}

	private static String suffix(String id) {
		return id.substring(id.lastIndexOf('-') + 1);
	}

	private static String kebab(String className) {
		return className.replaceAll("([a-z])([A-Z])", "$1-$2").toLowerCase(Locale.ROOT);
	}

	private static String spaced(String className) {
		return className.replaceAll("([a-z])([A-Z])", "$1 $2").toLowerCase(Locale.ROOT);
	}
}
