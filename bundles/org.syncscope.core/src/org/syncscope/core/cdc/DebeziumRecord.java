package org.syncscope.core.cdc;

import org.syncscope.core.event.DecodeError;

/**
 * The outcome of decoding one record of a Debezium topic: a row change, a truncated table, the tombstone
 * that follows a delete, or why the record is not a Debezium change event.
 */
public sealed interface DebeziumRecord {

	/** A row inserted, updated, deleted or read by a snapshot. */
	record Row(RowChange change) implements DebeziumRecord {
	}

	/** A table truncated: every row of it gone at once. */
	record Truncate(SourceInfo source) implements DebeziumRecord {
	}

	/** The null value Debezium writes after a delete so that compaction can drop the key; not a change. */
	record Tombstone(String keyColumns) implements DebeziumRecord {
	}

	/** A record that does not decode, and the reason (it is quarantined). */
	record Failed(DecodeError error) implements DebeziumRecord {
	}
}
