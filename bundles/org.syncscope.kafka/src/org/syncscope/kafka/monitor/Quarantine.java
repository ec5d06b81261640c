package org.syncscope.kafka.monitor;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.LongAdder;
import java.util.function.Consumer;

/**
 * Malformed change-log records: counted per topic for ever, the most recent ones kept in memory for
 * inspection, and each handed to a sink (the store persists them). Monitoring goes on past them.
 */
public final class Quarantine {

	private final int recentCapacity;
	private final Map<String, LongAdder> countsByTopic = new ConcurrentHashMap<>();
	private final Deque<QuarantinedRecord> recent = new ArrayDeque<>();
	private final Consumer<QuarantinedRecord> sink;

	public Quarantine(int recentCapacity, Consumer<QuarantinedRecord> sink) {
		this.recentCapacity = recentCapacity;
		this.sink = sink;
	}

	void add(QuarantinedRecord record) {
		countsByTopic.computeIfAbsent(record.topic(), t -> new LongAdder()).increment();
		synchronized (recent) {
			recent.addFirst(record);
			while (recent.size() > recentCapacity) {
				recent.removeLast();
			}
		}
		sink.accept(record);
	}

	/** How many records of {@code topic} were quarantined since monitoring started. */
	public long count(String topic) {
		LongAdder count = countsByTopic.get(topic);
		return count == null ? 0 : count.sum();
	}

	/** The most recent quarantined records, newest first. */
	public List<QuarantinedRecord> recent() {
		synchronized (recent) {
			return new ArrayList<>(recent);
		}
	}
}
