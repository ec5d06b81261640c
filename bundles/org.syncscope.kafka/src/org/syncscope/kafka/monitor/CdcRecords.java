package org.syncscope.kafka.monitor;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.syncscope.core.cdc.DebeziumDecoder;
import org.syncscope.core.cdc.DebeziumRecord;
import org.syncscope.core.rate.Rate;
import org.syncscope.core.rate.RateMeter;
import org.syncscope.core.rate.ThroughputMeters;

/**
 * The change logs of one cluster that carry Debezium's events (debezium-json links): each record the reader
 * polls from them is decoded; a row change counts for the throughput of the links reading that log (per
 * source database), a record that is no Debezium change event is handed back for quarantine with the
 * reason. Records are decoded on the reader's thread and rates read by the snapshots' thread, so the meters
 * are guarded.
 */
final class CdcRecords {

	private final DebeziumDecoder decoder = new DebeziumDecoder();
	private final Map<String, List<String>> linksByTopic = new HashMap<>();
	private final Map<String, ThroughputMeters> meters = new HashMap<>();

	CdcRecords(List<LinkSpec> links) {
		for (LinkSpec link : links) {
			if (!link.syncscopeEvents()) {
				linksByTopic.computeIfAbsent(link.topic(), topic -> new ArrayList<>()).add(link.id());
				meters.put(link.id(), new ThroughputMeters(RateMeter::tenSeconds));
			}
		}
	}

	/** The logs of Debezium events. */
	Set<String> topics() {
		return Set.copyOf(linksByTopic.keySet());
	}

	/** Decodes {@code records} (all of them from {@link #topics()}); returns those that did not decode. */
	List<BatchChecker.Failure> handle(List<ConsumerRecord<byte[], byte[]>> records, long nowMillis) {
		List<BatchChecker.Failure> failures = new ArrayList<>();
		for (ConsumerRecord<byte[], byte[]> record : records) {
			DebeziumRecord decoded = decoder.decode(record.key(), record.value());
			if (decoded instanceof DebeziumRecord.Failed failed) {
				failures.add(new BatchChecker.Failure(record, failed.error() + " (not a Debezium change event)"));
			} else if (decoded instanceof DebeziumRecord.Row row) {
				count(record.topic(), row.change().source().database(), record.serializedValueSize(), nowMillis);
			}
		}
		return failures;
	}

	private synchronized void count(String topic, String database, long size, long nowMillis) {
		for (String link : linksByTopic.getOrDefault(topic, List.of())) {
			meters.get(link).record(database, size, nowMillis);
		}
	}

	/** The rate of row changes on link {@code linkId}'s log; zero for a link of another format. */
	synchronized Rate throughput(String linkId, long nowMillis) {
		ThroughputMeters link = meters.get(linkId);
		return link == null ? Rate.ZERO : link.snapshot(nowMillis).link();
	}
}
