package org.syncscope.resolution.tests;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import org.syncscope.testing.BundleClassPath;

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
		command.add(BundleClassPath.of(ChildJvm.class, bundles));
		command.add("-Dderby.stream.error.file=" + output.resolveSibling("child-derby.log"));
		command.add(main.getName());
		command.addAll(List.of(args));
		return new ProcessBuilder(command).redirectError(output.toFile()).start();
	}
}
