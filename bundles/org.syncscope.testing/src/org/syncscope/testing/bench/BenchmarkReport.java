package org.syncscope.testing.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;

import org.syncscope.testing.TestOutput;

/**
 * Collects benchmark results of one build into {@code target/benchmarks/results.md} (a Markdown table to
 * copy into {@code docs/benchmarks.md}) and prints each to standard output.
 */
public final class BenchmarkReport {

	private static final String HEADER = "| benchmark | mean ± sd | min | max | unit | iterations |\n"
			+ "|---|---|---|---|---|---|\n";

	private BenchmarkReport() {
	}

	/** Appends a result to the report of this build. */
	public static synchronized void record(Benchmark.Result result) {
		line(result.asMarkdownRow());
	}

	/** Appends a free-form note (machine, parameters) to the report of this build. */
	public static synchronized void note(String text) {
		line("<!-- " + text + " -->");
	}

	private static void line(String row) {
		System.out.println("[benchmark] " + row);
		Path file = TestOutput.folder("benchmarks").resolve("results.md");
		try {
			if (!Files.exists(file)) {
				Files.writeString(file, HEADER, StandardCharsets.UTF_8);
			}
			Files.writeString(file, row + "\n", StandardCharsets.UTF_8, StandardOpenOption.APPEND);
		} catch (IOException e) {
			throw new UncheckedIOException("Cannot write benchmark report " + file, e);
		}
	}
}
