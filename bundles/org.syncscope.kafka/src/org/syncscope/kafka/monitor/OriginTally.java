package org.syncscope.kafka.monitor;

import java.util.Arrays;

import org.syncscope.core.rate.ThroughputMeters;

/**
 * The events of one polled batch counted per origin replica before they reach a link's meters, so that the
 * meters are updated once per origin and batch rather than once per event (all events of a batch are
 * metered at the same moment anyway). A batch carries few origins, whose id strings the decoder shares, so
 * finding one is usually a reference comparison. Confined to one thread.
 */
final class OriginTally {

	private String[] origins = new String[4];
	private long[] counts = new long[4];
	private long[] bytes = new long[4];
	private int size;

	/** Counts an event of {@code sizeBytes} from {@code origin}. */
	void add(String origin, int sizeBytes) {
		for (int i = 0; i < size; i++) {
			if (origins[i].equals(origin)) {
				counts[i]++;
				bytes[i] += sizeBytes;
				return;
			}
		}
		if (size == origins.length) {
			origins = Arrays.copyOf(origins, size * 2);
			counts = Arrays.copyOf(counts, size * 2);
			bytes = Arrays.copyOf(bytes, size * 2);
		}
		origins[size] = origin;
		counts[size] = 1;
		bytes[size] = sizeBytes;
		size++;
	}

	/** Records what was counted into {@code meters} at {@code nowMillis} and starts over. */
	void drainInto(ThroughputMeters meters, long nowMillis) {
		for (int i = 0; i < size; i++) {
			meters.record(origins[i], counts[i], bytes[i], nowMillis);
			origins[i] = null;
		}
		size = 0;
	}
}
