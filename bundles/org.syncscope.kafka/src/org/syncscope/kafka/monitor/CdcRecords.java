package org.syncscope.kafka.monitor;

import java.time.Clock;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.syncscope.core.cdc.CdcConflictDetector;
import org.syncscope.core.cdc.DebeziumDecoder;
import org.syncscope.core.cdc.DebeziumRecord;
import org.syncscope.core.cdc.RowChange;
import org.syncscope.core.conflict.ConflictListener;
import org.syncscope.core.rate.Rate;
import org.syncscope.core.rate.RateMeter;
import org.syncscope.core.rate.ThroughputMeters;

/**
 * The change logs of one cluster that carry Debezium's events (debezium-json links): each record the reader
 * polls from them is decoded; a row change counts for the throughput of the links reading that log (per
 * source database) and goes to conflict detection as a change of the log's region (the link's source), a
 * conflict found is reported to the listeners like any other; a record that is no Debezium change event is
 * handed back for quarantine with the reason. Records are decoded on the reader's thread and rates read by
 * the snapshots' thread, so the meters are guarded.
 */
final class CdcRecords {

	/** Rows remembered per detector for finding concurrent updates. */
	static final int MAX_KEYS = 100_000;

	private final DebeziumDecoder decoder = new DebeziumDecoder();
	private final Map<String, List<LinkSpec>> linksByTopic = new HashMap<>();
	/** Per log, the first link of each kind of detector among those reading it: who reports its conflicts. */
	private final Map<String, Map<CdcSettings, LinkSpec>> reportersByTopic = new HashMap<>();
	private final Map<String, ThroughputMeters> meters = new HashMap<>();
	private final Map<CdcSettings, CdcConflictDetector> detectors = new HashMap<>();
	private final Set<String> topics;
	private final ConflictListener listener;
	private final ConflictCaptureListener captures;
	private final Clock clock;

	CdcRecords(List<LinkSpec> links, ConflictListener listener, ConflictCaptureListener captures, Clock clock) {
		this.listener = listener;
		this.captures = captures;
		this.clock = clock;
		for (LinkSpec link : links) {
			link.cdc().ifPresent(settings -> {
				linksByTopic.computeIfAbsent(link.topic(), topic -> new ArrayList<>()).add(link);
				reportersByTopic.computeIfAbsent(link.topic(), topic -> new LinkedHashMap<>()).putIfAbsent(settings,
						link);
				meters.put(link.id(), new ThroughputMeters(RateMeter::tenSeconds));
				detectors.computeIfAbsent(settings, any -> new CdcConflictDetector(settings.originColumn(),
						settings.versionColumn(), MAX_KEYS));
			});
		}
		topics = Set.copyOf(linksByTopic.keySet());
	}

	/** The logs of Debezium events. */
	Set<String> topics() {
		return topics;
	}

	/**
	 * Decodes {@code records} (all of them from {@link #topics()}), once: their change times for lag in seconds
	 * ({@link ChangeTimes}'s rule), and those that did not decode.
	 */
	Decoded handle(List<ConsumerRecord<byte[], byte[]>> records, long nowMillis) {
		long[] changeTimes = new long[records.size()];
		List<BatchChecker.Failure> failures = new ArrayList<>();
		for (int i = 0; i < changeTimes.length; i++) {
			ConsumerRecord<byte[], byte[]> record = records.get(i);
			DebeziumRecord decoded = decoder.decode(record.key(), record.value());
			changeTimes[i] = ChangeTimes.changeTime(record, decoded);
			if (decoded instanceof DebeziumRecord.Failed failed) {
				failures.add(new BatchChecker.Failure(record, failed.error() + " (not a Debezium change event)"));
			} else if (decoded instanceof DebeziumRecord.Row row) {
				count(record.topic(), row.change().source().database(), record.serializedValueSize(), nowMillis);
				detect(record.topic(), row.change());
			}
		}
		return new Decoded(changeTimes, failures);
	}

	/** What decoding a batch gave: each record's change time, in the batch's order, and what did not decode. */
	record Decoded(long[] changeTimes, List<BatchChecker.Failure> failures) {
	}

	private synchronized void count(String topic, String database, long size, long nowMillis) {
		for (LinkSpec link : linksByTopic.getOrDefault(topic, List.of())) {
			meters.get(link.id()).record(database, size, nowMillis);
		}
	}

	/**
	 * Feeds the change, as one of the log's region, to conflict detection once per kind of detector among the
	 * links reading the log; a conflict is reported on the first of them.
	 */
	private void detect(String topic, RowChange change) {
		reportersByTopic.getOrDefault(topic, Map.of()).forEach((settings, link) -> detectors.get(settings).observe(link.sourceReplica(), change)
				.ifPresent(conflict -> {
					CapturedConflict captured = CdcConflicts.capture(link, settings, conflict, clock.instant());
					listener.conflictDetected(captured.conflict());
					captures.captured(captured);
				}));
	}

	/** The rate of row changes on link {@code linkId}'s log; zero for a link of another format. */
	synchronized Rate throughput(String linkId, long nowMillis) {
		ThroughputMeters link = meters.get(linkId);
		return link == null ? Rate.ZERO : link.snapshot(nowMillis).link();
	}
}
