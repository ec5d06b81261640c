package org.syncscope.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;

/**
 * Where tests write what a developer looks at afterwards (screenshots, benchmark figures, scratch data):
 * the test bundle's {@code target/} folder, passed in by the build as {@code syncscope.test.output}.
 */
public final class TestOutput {

	private TestOutput() {
	}

	/** The folder {@code name} under the test output folder, created if missing. */
	public static Path folder(String name) {
		String base = System.getProperty("syncscope.test.output",
				Paths.get(System.getProperty("java.io.tmpdir"), "syncscope-tests").toString());
		Path folder = Paths.get(base, name);
		try {
			return Files.createDirectories(folder);
		} catch (IOException e) {
			throw new UncheckedIOException("Cannot create test output folder " + folder, e);
		}
	}

	/** A new empty folder under {@code scratch/} for one test's data. */
	public static Path scratchFolder(String prefix) {
		try {
			return Files.createTempDirectory(folder("scratch"), prefix);
		} catch (IOException e) {
			throw new UncheckedIOException("Cannot create a scratch folder for " + prefix, e);
		}
	}
}
