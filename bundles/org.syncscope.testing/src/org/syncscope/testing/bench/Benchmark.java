package org.syncscope.testing.bench;

import java.util.Arrays;

/**
 * A small benchmark runner for code that must run inside OSGi (where JMH's forking harness does not fit):
 * warm-up iterations, then measured iterations, reported as mean, standard deviation, min and max. Results
 * go to standard output and to {@link BenchmarkReport}; benchmarks are JUnit tests tagged
 * {@value #TAG}, run only with {@code -Pbenchmarks}, and never assert on time.
 */
public final class Benchmark {

	/** JUnit tag of benchmark tests; the default build excludes it. */
	public static final String TAG = "benchmark";

	/** One measured iteration: does work and returns how many operations it did. */
	@FunctionalInterface
	public interface Iteration {
		long run() throws Exception;
	}

	/** Summary of a benchmark's measured iterations in {@code unit}. */
	public record Result(String name, String unit, double mean, double stdDev, double min, double max,
			int iterations) {

		/** One Markdown table row: name, mean ± deviation, min, max, unit, iterations. */
		public String asMarkdownRow() {
			return String.format(java.util.Locale.ROOT, "| %s | %,.1f ± %,.1f | %,.1f | %,.1f | %s | %d |", name,
					mean, stdDev, min, max, unit, iterations);
		}
	}

	private Benchmark() {
	}

	/** Measures throughput in operations per second. */
	public static Result throughput(String name, int warmups, int iterations, Iteration iteration) throws Exception {
		return measure(name, "ops/s", warmups, iterations, iteration, true);
	}

	/** Measures the time per iteration in milliseconds (the iteration's return value is ignored). */
	public static Result millisPerIteration(String name, int warmups, int iterations, Iteration iteration)
			throws Exception {
		return measure(name, "ms", warmups, iterations, iteration, false);
	}

	private static Result measure(String name, String unit, int warmups, int iterations, Iteration iteration,
			boolean throughput) throws Exception {
		for (int i = 0; i < warmups; i++) {
			iteration.run();
		}
		double[] values = new double[iterations];
		for (int i = 0; i < iterations; i++) {
			long start = System.nanoTime();
			long operations = iteration.run();
			long elapsed = Math.max(1, System.nanoTime() - start);
			values[i] = throughput ? operations * 1e9 / elapsed : elapsed / 1e6;
		}
		Result result = summarize(name, unit, values);
		BenchmarkReport.record(result);
		return result;
	}

	/** Summarizes values measured elsewhere (for example a stall time observed by a UI probe). */
	public static Result summarize(String name, String unit, double[] values) {
		double mean = Arrays.stream(values).average().orElse(Double.NaN);
		double variance = Arrays.stream(values).map(v -> (v - mean) * (v - mean)).sum()
				/ Math.max(1, values.length - 1);
		return new Result(name, unit, mean, Math.sqrt(variance), Arrays.stream(values).min().orElse(Double.NaN),
				Arrays.stream(values).max().orElse(Double.NaN), values.length);
	}
}
