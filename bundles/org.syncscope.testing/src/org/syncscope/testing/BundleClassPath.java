package org.syncscope.testing;

import java.io.File;
import java.io.IOException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.eclipse.core.runtime.FileLocator;
import org.osgi.framework.Bundle;
import org.osgi.framework.FrameworkUtil;

/**
 * The class path of a plain JVM (no OSGi) made of bundles installed in the test's framework, for tests that
 * start a second process. A bundle's location may be relative to the framework's install area, so the files
 * come from {@link FileLocator}; a bundle from the reactor (a project folder) adds its {@code target/classes}.
 */
public final class BundleClassPath {

	private BundleClassPath() {
	}

	/**
	 * The jars or class folders of the installed bundles named {@code symbolicNames}, every one of them, looked
	 * up through the bundle of {@code caller} (a class of a started test bundle).
	 */
	public static String of(Class<?> caller, Set<String> symbolicNames) throws IOException {
		List<String> entries = new ArrayList<>();
		Set<String> found = new HashSet<>();
		for (Bundle bundle : FrameworkUtil.getBundle(caller).getBundleContext().getBundles()) {
			if (symbolicNames.contains(bundle.getSymbolicName()) && found.add(bundle.getSymbolicName())) {
				File file = FileLocator.getBundleFile(bundle).getAbsoluteFile();
				entries.add(file.getPath());
				File classes = new File(new File(file, "target"), "classes");
				if (classes.isDirectory()) {
					entries.add(classes.getPath());
				}
			}
		}
		if (!found.containsAll(symbolicNames)) {
			throw new IllegalStateException("Bundles not installed: " + symbolicNames + ", found " + found);
		}
		return String.join(File.pathSeparator, entries);
	}
}
