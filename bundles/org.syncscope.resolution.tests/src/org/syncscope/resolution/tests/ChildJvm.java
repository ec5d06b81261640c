package org.syncscope.resolution.tests;

import java.nio.file.Path;
import java.util.List;
import java.util.Set;

import org.syncscope.testing.PlainJvm;

/**
 * Starts a plain JVM (no OSGi) on the jars of the bundles a test names, to have a process that can be killed
 * with -9 in the middle of its work; Derby's log goes beside {@code output}, which takes the process's errors.
 */
final class ChildJvm {

	private ChildJvm() {
	}

	static Process start(Set<String> bundles, Class<?> main, Path output, String... args) throws Exception {
		return PlainJvm.command(ChildJvm.class, bundles, main.getName(),
				List.of("-Dderby.stream.error.file=" + output.resolveSibling("child-derby.log")), args)
				.redirectError(output.toFile()).start();
	}
}
