package org.syncscope.testing;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * A plain JVM (no OSGi) on the jars of bundles installed in the test's framework, to have a process that can be
 * killed with -9 in the middle of its work.
 */
public final class PlainJvm {

	private PlainJvm() {
	}

	/**
	 * The command running {@code mainClass} with {@code args} on the bundles named {@code bundles} (found through
	 * the bundle of {@code caller}) and the JVM options {@code options}; the caller sets its redirections.
	 */
	public static ProcessBuilder command(Class<?> caller, Set<String> bundles, String mainClass, List<String> options,
			String... args) throws IOException {
		List<String> command = new ArrayList<>();
		command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
		command.add("-cp");
		command.add(BundleClassPath.of(caller, bundles));
		command.addAll(options);
		command.add(mainClass);
		command.addAll(List.of(args));
		return new ProcessBuilder(command);
	}
}
