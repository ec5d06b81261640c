package org.syncscope.core.rate;

import java.util.Collections;
import java.util.HashMap;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Supplier;

/**
 * The meters of one link: one for the link and one per origin replica, created on first sight, so that the
 * console can show which replica drives the traffic. Not thread-safe, like {@link RateMeter}.
 */
public final class ThroughputMeters {

	private final Supplier<RateMeter> meterFactory;
	private final RateMeter link;
	private final Map<String, RateMeter> replicas = new HashMap<>();

	/** Meters created by {@code meterFactory} (for example {@link RateMeter#tenSeconds()}). */
	public ThroughputMeters(Supplier<RateMeter> meterFactory) {
		this.meterFactory = meterFactory;
		this.link = meterFactory.get();
	}

	/** Counts one event of {@code size} bytes from {@code replica} at {@code nowMillis}. */
	public void record(String replica, long size, long nowMillis) {
		record(replica, 1, size, nowMillis);
	}

	/** Counts {@code count} events of {@code size} bytes in all from {@code replica} at {@code nowMillis}. */
	public void record(String replica, long count, long size, long nowMillis) {
		link.record(nowMillis, count, size);
		replicas.computeIfAbsent(replica, any -> meterFactory.get()).record(nowMillis, count, size);
	}

	/** The current rates. */
	public Snapshot snapshot(long nowMillis) {
		Map<String, Rate> perReplica = new TreeMap<>();
		replicas.forEach((replica, meter) -> perReplica.put(replica, meter.rate(nowMillis)));
		return new Snapshot(link.rate(nowMillis), Collections.unmodifiableMap(perReplica));
	}

	/**
	 * Rates of a link at one moment.
	 *
	 * @param link the link's rate
	 * @param replicas the rate of each origin replica seen, sorted by replica id
	 */
	public record Snapshot(Rate link, Map<String, Rate> replicas) {
	}
}
