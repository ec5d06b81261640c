package org.syncscope.core.cdc;

import java.util.OptionalLong;

/**
 * Where and when a change happened, from a Debezium event's {@code source} block: the source database's commit
 * time ({@code ts_ms}, else the older {@code ts_us}, {@code ts_ns}, {@code ts_sec} or {@code ts_usec} in
 * milliseconds), the PostgreSQL log position and transaction id where the connector gives them, the connector
 * kind, database, schema and table.
 */
public record SourceInfo(OptionalLong commitMillis, OptionalLong lsn, OptionalLong txId, String connector,
		String database, String schema, String table) {

	/** {@code schema.table} (just the table where the source names no schema). */
	public String qualifiedTable() {
		return schema.isEmpty() ? table : schema + "." + table;
	}
}
