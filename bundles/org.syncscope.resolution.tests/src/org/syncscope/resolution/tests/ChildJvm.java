package org.syncscope.resolution.tests;

import java.io.File;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import org.osgi.framework.Bundle;
import org.osgi.framework.FrameworkUtil;

/**
 * Starts a plain JVM (no OSGi) on the jars of the bundles a test names, to have a process that can be killed
 * with -9 in the middle of its work.
 */
final class ChildJvm {

	private ChildJvm() {
	}

	static Process start(Set<String> bundles, Class<?> main, Path output, String... args) throws Exception {
		List<String> command = new ArrayList<>();
		command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
		command.add("-cp");
		command.add(classpath(bundles));
		command.add("-Dderby.stream.error.file=" + output.resolveSibling("child-derby.log"));
		command.add(main.getName());
		command.addAll(List.of(args));
		return new ProcessBuilder(command).redirectError(output.toFile()).start();
	}

	private static String classpath(Set<String> names) {
		List<String> entries = new ArrayList<>();
		Set<String> found = new java.util.HashSet<>();
		for (Bundle bundle : FrameworkUtil.getBundle(ChildJvm.class).getBundleContext().getBundles()) {
			if (names.contains(bundle.getSymbolicName()) && found.add(bundle.getSymbolicName())) {
				Path location = location(bundle);
				entries.add(location.toString());
				Path classes = location.resolve("target").resolve("classes");
				if (Files.isDirectory(classes)) {
					entries.add(classes.toString());
				}
			}
		}
		if (!found.containsAll(names)) {
			throw new IllegalStateException("Bundles not found for the child JVM: " + names + " found " + found);
		}
		return String.join(File.pathSeparator, entries);
	}

	private static Path location(Bundle bundle) {
		String location = bundle.getLocation();
		int file = location.indexOf("file:");
		if (file < 0) {
			throw new IllegalStateException("Bundle " + bundle.getSymbolicName() + " is not a file: " + location);
		}
		String path = location.substring(file + "file:".length());
		Path resolved = Path.of(path.startsWith("/") ? path : installArea() + "/" + path).normalize();
		if (!Files.exists(resolved)) {
			throw new IllegalStateException("Bundle " + bundle.getSymbolicName() + " is not at " + resolved + " ("
					+ location + ")");
		}
		return resolved;
	}

	private static String installArea() {
		String area = System.getProperty("osgi.install.area", "");
		return area.startsWith("file:") ? URI.create(area).getPath() : area;
	}
}
