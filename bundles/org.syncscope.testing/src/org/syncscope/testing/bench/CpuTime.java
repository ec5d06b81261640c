package org.syncscope.testing.bench;

import java.time.Duration;

/**
 * CPU time used by this JVM and, apart, by the processes it started (the local broker's JVM), as the operating
 * system counts it. On a machine shared with other work a rate varies with the load, while the CPU time an
 * operation costs varies much less: benchmarks report both.
 */
public record CpuTime(long selfNanos, long childrenNanos) {

	/** The CPU time used so far. */
	public static CpuTime now() {
		return new CpuTime(nanos(ProcessHandle.current()),
				ProcessHandle.current().descendants().mapToLong(CpuTime::nanos).sum());
	}

	/** The two spans of CPU time added up. */
	public CpuTime plus(CpuTime other) {
		return new CpuTime(selfNanos + other.selfNanos, childrenNanos + other.childrenNanos);
	}

	/** The CPU time used between {@code earlier} and this reading. */
	public CpuTime since(CpuTime earlier) {
		return new CpuTime(selfNanos - earlier.selfNanos, childrenNanos - earlier.childrenNanos);
	}

	private static long nanos(ProcessHandle process) {
		return process.info().totalCpuDuration().map(Duration::toNanos).orElse(0L);
	}
}
