package org.syncscope.ui.about;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.osgi.framework.Bundle;
import org.osgi.framework.BundleContext;
import org.osgi.framework.FrameworkUtil;

/**
 * The versions an operator quotes in a support request: SyncScope itself, the platform it runs on and the
 * libraries that talk to Kafka, draw charts and store history, read from the running OSGi framework.
 */
public final class ComponentVersions {

	/** One line of the About dialog. */
	public record Component(String name, String version) {
	}

	/** Display name of each component, keyed by the symbolic name of the bundle that carries its version. */
	private static final Map<String, String> BUNDLES = new LinkedHashMap<>();
	static {
		BUNDLES.put("org.syncscope.ui", "SyncScope");
		BUNDLES.put("org.eclipse.e4.ui.workbench", "Eclipse e4 workbench");
		BUNDLES.put("org.eclipse.swt", "SWT");
		BUNDLES.put("org.eclipse.jface", "JFace");
		BUNDLES.put("org.eclipse.osgi", "Equinox OSGi");
		BUNDLES.put("org.eclipse.emf.ecore", "EMF Ecore");
		BUNDLES.put("org.apache.kafka.clients", "Apache Kafka clients");
		BUNDLES.put("org.jfree.chart", "JFreeChart");
		BUNDLES.put("derby", "Apache Derby");
	}

	private final List<Component> components;

	private ComponentVersions(List<Component> components) {
		this.components = List.copyOf(components);
	}

	/** Reads the versions of the bundles installed in the running framework, and the Java runtime's. */
	public static ComponentVersions ofRunningPlatform() {
		BundleContext context = FrameworkUtil.getBundle(ComponentVersions.class).getBundleContext();
		List<Component> found = new ArrayList<>();
		BUNDLES.forEach((symbolicName, name) -> found.add(new Component(name, versionOf(context, symbolicName))));
		found.add(new Component("Java runtime",
				System.getProperty("java.version") + " (" + System.getProperty("java.vendor") + ")"));
		found.add(new Component("Operating system", System.getProperty("os.name") + " "
				+ System.getProperty("os.version") + " " + System.getProperty("os.arch")));
		return new ComponentVersions(found);
	}

	private static String versionOf(BundleContext context, String symbolicName) {
		Bundle newest = null;
		for (Bundle bundle : context.getBundles()) {
			if (symbolicName.equals(bundle.getSymbolicName())
					&& (newest == null || bundle.getVersion().compareTo(newest.getVersion()) > 0)) {
				newest = bundle;
			}
		}
		return newest == null ? "not installed" : newest.getVersion().toString();
	}

	/** The components in the order they are shown. */
	public List<Component> components() {
		return components;
	}

	/** The version of SyncScope itself. */
	public String syncScopeVersion() {
		return components.get(0).version();
	}

	/** All versions as plain text, one component per line, for the clipboard and bug reports. */
	public String asText() {
		StringBuilder text = new StringBuilder();
		components.forEach(c -> text.append(c.name()).append(": ").append(c.version()).append('\n'));
		return text.toString();
	}
}
