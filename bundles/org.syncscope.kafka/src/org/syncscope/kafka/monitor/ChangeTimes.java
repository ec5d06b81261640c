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
 * records without a commit time (tombstones, refused records), the record's timestamp.
 */
final class ChangeTimes implements ToLongFunction<ConsumerRecord<byte[], byte[]>> {

	private final Set<String> debeziumTopics;
	private final DebeziumDecoder decoder = new DebeziumDecoder();

	ChangeTimes(Set<String> debeziumTopics) {
		this.debeziumTopics = Set.copyOf(debeziumTopics);
	}

	@Override
	public long applyAsLong(ConsumerRecord<byte[], byte[]> record) {
		if (debeziumTopics.contains(record.topic())
				&& decoder.decode(record.key(), record.value()) instanceof DebeziumRecord.Row row
				&& row.change().source().commitMillis().isPresent()) {
			return row.change().source().commitMillis().getAsLong();
		}
		return record.timestamp();
	}
}
