package org.syncscope.core.rate;

import java.util.Arrays;

/**
 * Counts events and bytes in a ring of fixed-width time slots and reports the rate over the complete slots
 * of the window. The slot in progress is left out so that the rate does not dip each time a slot starts;
 * the figure is therefore up to one slot old. Until the window has filled, the rate is taken over the
 * complete slots since the first event, and is zero before the first slot completes. Events older than the
 * window are ignored. Not thread-safe: the consumer thread updates it and publishes {@link Rate} snapshots.
 */
public final class RateMeter {

	private final long slotMillis;
	private final long[] slotIds;
	private final long[] events;
	private final long[] bytes;
	private long firstSlot = Long.MIN_VALUE;
	private long latestSlot = Long.MIN_VALUE;

	/**
	 * A meter whose window is {@code slots - 1} complete slots of {@code slotMillis} each.
	 *
	 * @throws IllegalArgumentException for fewer than two slots or a non-positive slot width
	 */
	public RateMeter(int slots, long slotMillis) {
		if (slots < 2 || slotMillis < 1) {
			throw new IllegalArgumentException("Need at least two slots of positive width");
		}
		this.slotMillis = slotMillis;
		this.slotIds = new long[slots];
		this.events = new long[slots];
		this.bytes = new long[slots];
		Arrays.fill(slotIds, Long.MIN_VALUE);
	}

	/** A meter over the last ten seconds in one-second slots. */
	public static RateMeter tenSeconds() {
		return new RateMeter(11, 1000);
	}

	/** Counts one event of {@code size} bytes at {@code nowMillis}. */
	public void record(long nowMillis, long size) {
		record(nowMillis, 1, size);
	}

	/** Counts {@code count} events of {@code size} bytes in all at {@code nowMillis}: a batch read at once. */
	public void record(long nowMillis, long count, long size) {
		long slot = Math.floorDiv(nowMillis, slotMillis);
		if (latestSlot != Long.MIN_VALUE && slot <= latestSlot - slotIds.length) {
			return;
		}
		int index = (int) Math.floorMod(slot, (long) slotIds.length);
		if (slotIds[index] != slot) {
			slotIds[index] = slot;
			events[index] = 0;
			bytes[index] = 0;
		}
		events[index] += count;
		bytes[index] += size;
		latestSlot = Math.max(latestSlot, slot);
		firstSlot = firstSlot == Long.MIN_VALUE ? slot : Math.min(firstSlot, slot);
	}

	/** The rate over the complete slots before the one containing {@code nowMillis}. */
	public Rate rate(long nowMillis) {
		if (firstSlot == Long.MIN_VALUE) {
			return Rate.ZERO;
		}
		long current = Math.floorDiv(nowMillis, slotMillis);
		long window = Math.min(slotIds.length - 1, current - firstSlot);
		if (window <= 0) {
			return Rate.ZERO;
		}
		long eventSum = 0;
		long byteSum = 0;
		for (int i = 0; i < slotIds.length; i++) {
			if (slotIds[i] >= current - window && slotIds[i] < current) {
				eventSum += events[i];
				byteSum += bytes[i];
			}
		}
		double seconds = window * slotMillis / 1000.0;
		return new Rate(eventSum / seconds, byteSum / seconds);
	}
}
