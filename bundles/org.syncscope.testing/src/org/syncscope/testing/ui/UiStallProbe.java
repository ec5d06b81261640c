package org.syncscope.testing.ui;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Collectors;

import org.eclipse.swt.widgets.Display;

/**
 * Measures how late the UI thread answers: a timer asks it to run every {@code periodMillis} and records how
 * late each run is. A watchdog thread samples the UI thread's stack whenever it is late by more than
 * {@code stackAfterMillis}, so that what blocked it can be counted by frames.
 */
public final class UiStallProbe {

	private static final int STACK_DEPTH = 14;

	private final Display display;
	private final long periodNanos;
	private final long stackAfterNanos;
	private final List<Double> lateness = new ArrayList<>();
	private final Map<String, Integer> stalledStacks = new ConcurrentHashMap<>();
	private volatile long expected;
	private volatile boolean running;
	private final Runnable probe = this::probe;

	/** What the probe saw: each run's lateness in milliseconds, sorted, and the stacks of long stalls. */
	public record Result(double[] sortedLatenessMillis, Map<String, Integer> stalledStacks) {

		/** The lateness below which {@code fraction} of the runs lie. */
		public double percentile(double fraction) {
			return sortedLatenessMillis[Math.min(sortedLatenessMillis.length - 1,
					(int) (sortedLatenessMillis.length * fraction))];
		}
	}

	public UiStallProbe(Display display, int periodMillis, int stackAfterMillis) {
		this.display = display;
		this.periodNanos = periodMillis * 1_000_000L;
		this.stackAfterNanos = stackAfterMillis * 1_000_000L;
	}

	/** Starts probing (UI thread). */
	public void start() {
		running = true;
		expected = System.nanoTime() + periodNanos;
		display.timerExec((int) (periodNanos / 1_000_000), probe);
		Thread watchdog = new Thread(this::watch, "UI stall watchdog");
		watchdog.setDaemon(true);
		watchdog.start();
	}

	/** Stops probing and returns what it saw (UI thread). */
	public Result stop() {
		running = false;
		display.timerExec(-1, probe);
		double[] sorted = lateness.stream().mapToDouble(Double::doubleValue).sorted().toArray();
		Map<String, Integer> byCount = new LinkedHashMap<>();
		stalledStacks.entrySet().stream().sorted(Map.Entry.<String, Integer>comparingByValue().reversed())
				.forEach(entry -> byCount.put(entry.getKey(), entry.getValue()));
		return new Result(sorted, byCount);
	}

	private void probe() {
		long now = System.nanoTime();
		lateness.add(Math.max(0, now - expected) / 1e6);
		expected = now + periodNanos;
		if (running) {
			display.timerExec((int) (periodNanos / 1_000_000), probe);
		}
	}

	/** Samples the UI thread's stack once per stall that outlasts the threshold. */
	private void watch() {
		Thread ui = display.getThread();
		long sampledFor = 0;
		while (running) {
			long due = expected;
			if (System.nanoTime() - due > stackAfterNanos && due != sampledFor) {
				sampledFor = due;
				String stack = Arrays.stream(ui.getStackTrace()).limit(STACK_DEPTH).map(String::valueOf)
						.collect(Collectors.joining("\n    at "));
				stalledStacks.merge(stack, 1, Integer::sum);
			}
			try {
				Thread.sleep(5);
			} catch (InterruptedException e) {
				Thread.currentThread().interrupt();
				return;
			}
		}
	}
}
