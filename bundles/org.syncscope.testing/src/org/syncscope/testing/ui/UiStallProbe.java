package org.syncscope.testing.ui;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.stream.Collectors;

import org.eclipse.swt.widgets.Display;

/**
 * Measures how late the UI thread answers: a timer asks it to run every {@code periodMillis} and records how
 * late each run is. While a run is overdue by more than {@code stallMillis}, a watchdog thread samples the UI
 * thread's stack every few milliseconds, so that each long stall comes with what the UI thread was doing.
 */
public final class UiStallProbe {

	private static final int STACK_DEPTH = 12;
	private static final long SAMPLE_NANOS = 5_000_000L;

	private final Display display;
	private final long periodNanos;
	private final long stallNanos;
	private final List<Double> lateness = new ArrayList<>();
	private final List<Stall> stalls = new ArrayList<>();
	private final Map<Long, List<String>> samplesByDue = new ConcurrentHashMap<>();
	private final Runnable probe = this::probe;
	private long startNanos;
	private volatile long due;
	private volatile boolean running;

	/** A run overdue by more than the threshold: when (seconds after the start), by how much, and the stacks seen. */
	public record Stall(double atSeconds, double millis, Map<String, Long> stacks) {
	}

	/** What the probe saw: each run's lateness in milliseconds, sorted, and the long stalls in time order. */
	public record Result(double[] sortedLatenessMillis, List<Stall> stalls) {

		/** The lateness below which {@code fraction} of the runs lie. */
		public double percentile(double fraction) {
			return sortedLatenessMillis[Math.min(sortedLatenessMillis.length - 1,
					(int) (sortedLatenessMillis.length * fraction))];
		}
	}

	public UiStallProbe(Display display, int periodMillis, int stallMillis) {
		this.display = display;
		this.periodNanos = periodMillis * 1_000_000L;
		this.stallNanos = stallMillis * 1_000_000L;
	}

	/** Starts probing (UI thread). */
	public void start() {
		running = true;
		startNanos = System.nanoTime();
		due = startNanos + periodNanos;
		display.timerExec((int) (periodNanos / 1_000_000), probe);
		Thread watchdog = new Thread(this::watch, "UI stall watchdog");
		watchdog.setDaemon(true);
		watchdog.start();
	}

	/** Stops probing and returns what it saw (UI thread). */
	public Result stop() {
		running = false;
		display.timerExec(-1, probe);
		return new Result(lateness.stream().mapToDouble(Double::doubleValue).sorted().toArray(), List.copyOf(stalls));
	}

	private void probe() {
		long now = System.nanoTime();
		long late = Math.max(0, now - due);
		lateness.add(late / 1e6);
		List<String> samples = samplesByDue.remove(due);
		if (late > stallNanos) {
			Map<String, Long> stacks = samples == null ? Map.of()
					: samples.stream().collect(Collectors.groupingBy(stack -> stack, LinkedHashMap::new,
							Collectors.counting()));
			stalls.add(new Stall((due - startNanos) / 1e9, late / 1e6, stacks));
		}
		due = now + periodNanos;
		if (running) {
			display.timerExec((int) (periodNanos / 1_000_000), probe);
		}
	}

	/** Samples the UI thread's stack every few milliseconds while the probe's run is overdue. */
	private void watch() {
		Thread ui = display.getThread();
		while (running) {
			long overdueRun = due;
			if (System.nanoTime() - overdueRun > stallNanos) {
				String stack = Arrays.stream(ui.getStackTrace()).limit(STACK_DEPTH).map(String::valueOf)
						.collect(Collectors.joining("\n    at "));
				samplesByDue.computeIfAbsent(overdueRun, run -> new CopyOnWriteArrayList<>()).add(stack);
			}
			try {
				Thread.sleep(SAMPLE_NANOS / 1_000_000); // the sampling interval, not a wait for a condition
			} catch (InterruptedException e) {
				Thread.currentThread().interrupt();
				return;
			}
		}
	}
}
