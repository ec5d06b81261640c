package org.syncscope.core.lag;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * A fixed-size ring of the most recent samples, oldest first: the sliding window of Burrow's rules and the
 * log-end history of the interpolation, bounded so that a long-running monitor does not grow. Not
 * thread-safe; the connector owns it and passes {@link #snapshot()} to the evaluator.
 *
 * @param <T> the sample type
 */
public final class SampleWindow<T> {

	private final Object[] samples;
	private int next;
	private int size;

	/** A window of at most {@code capacity} samples. */
	public SampleWindow(int capacity) {
		if (capacity < 1) {
			throw new IllegalArgumentException("capacity must be positive: " + capacity);
		}
		samples = new Object[capacity];
	}

	/** Adds {@code sample}, dropping the oldest when full. */
	public void add(T sample) {
		samples[next] = sample;
		next = (next + 1) % samples.length;
		size = Math.min(size + 1, samples.length);
	}

	/** The most recent sample, if any. */
	@SuppressWarnings("unchecked")
	public Optional<T> latest() {
		return size == 0 ? Optional.empty() : Optional.of((T) samples[(next - 1 + samples.length) % samples.length]);
	}

	/** The samples, oldest first. */
	@SuppressWarnings("unchecked")
	public List<T> snapshot() {
		List<T> list = new ArrayList<>(size);
		int start = (next - size + samples.length) % samples.length;
		for (int i = 0; i < size; i++) {
			list.add((T) samples[(start + i) % samples.length]);
		}
		return List.copyOf(list);
	}

	/** Removes all samples (after a rebalance assigns the partition elsewhere). */
	public void clear() {
		java.util.Arrays.fill(samples, null);
		next = 0;
		size = 0;
	}
}
