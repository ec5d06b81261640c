package org.syncscope.kafka.monitor;

import java.util.Set;
import java.util.function.ToLongFunction;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.syncscope.core.cdc.DebeziumDecoder;
import org.syncscope.core.cdc.DebeziumRecord;

/**
 * When the change a change-log record carries was made, for lag in seconds: for a log of Debezium events the
 * source database's commit time ({@code source.ts_ms}), so that the lag runs end to end, from the commit in
 * one database to the sink's position, capture delay included; for SyncScope's own logs, and for Debezium
 * records without a commit time (tombstones, refused records), the record's timestamp. Decodes on one
 * thread only.
 */
final class ChangeTimes implements ToLongFunction<ConsumerRecord<byte[], byte[]>> {

	private final Set<String> debeziumTopics;
	private final DebeziumDecoder decoder = new DebeziumDecoder();

	ChangeTimes(Set<String> debeziumTopics) {
		this.debeziumTopics = Set.copyOf(debeziumTopics);
	}

	@Override
	public long applyAsLong(ConsumerRecord<byte[], byte[]> record) {
		if (!debeziumTopics.contains(record.topic())) {
			return record.timestamp();
		}
		return changeTime(record, decoder.decode(record.key(), record.value()));
	}

	/** The change time of {@code record} of a Debezium log, {@code decoded} already. */
	static long changeTime(ConsumerRecord<byte[], byte[]> record, DebeziumRecord decoded) {
		return decoded instanceof DebeziumRecord.Row row
				? row.change().source().commitMillis().orElse(record.timestamp())
				: record.timestamp();
	}
}
