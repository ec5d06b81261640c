package org.syncscope.connect.pipeline;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The connector configurations of a two-way PostgreSQL pipeline: per region a Debezium PostgreSQL source
 * (pgoutput, its own slot and publication, topics named {@code <region>.<schema>.<table>}) and SyncScope's
 * JDBC sink applying the other region's topics to it. Modifiable maps, for callers that add their own
 * settings.
 */
public final class ConnectorConfigs {

	/** Debezium's PostgreSQL source connector class. */
	public static final String DEBEZIUM_POSTGRES = "io.debezium.connector.postgresql.PostgresConnector";
	/** SyncScope's JDBC sink connector class (product/connect-plugins/syncscope-jdbc-sink). */
	public static final String SYNCSCOPE_JDBC_SINK = "org.syncscope.connect.sink.JdbcSinkConnector";

	private ConnectorConfigs() {
	}

	/**
	 * A Debezium source capturing {@code tables} ({@code schema.table}) of {@code database} at
	 * {@code host:port}, writing to topics prefixed {@code region}; times as Connect's logical types (what the
	 * sink applies), its topics created with one partition and one replica.
	 */
	public static Map<String, String> debeziumPostgresSource(String region, String host, int port, String user,
			String database, List<String> tables) {
		Map<String, String> config = new HashMap<>();
		config.put("connector.class", DEBEZIUM_POSTGRES);
		config.put("tasks.max", "1");
		config.put("database.hostname", host);
		config.put("database.port", Integer.toString(port));
		config.put("database.user", user);
		config.put("database.dbname", database);
		config.put("topic.prefix", region);
		config.put("plugin.name", "pgoutput");
		config.put("slot.name", "syncscope_" + region.replace('-', '_'));
		config.put("publication.name", "syncscope_" + region.replace('-', '_'));
		config.put("publication.autocreate.mode", "filtered");
		config.put("table.include.list", String.join(",", tables));
		config.put("time.precision.mode", "connect");
		config.put("topic.creation.default.replication.factor", "1");
		config.put("topic.creation.default.partitions", "1");
		return config;
	}

	/**
	 * SyncScope's sink applying {@code topics} to the database at {@code jdbcUrl}, which belongs to
	 * {@code region} (the changes that began there are not applied again).
	 */
	public static Map<String, String> syncscopeJdbcSink(List<String> topics, String jdbcUrl, String user,
			String region) {
		Map<String, String> config = new HashMap<>();
		config.put("connector.class", SYNCSCOPE_JDBC_SINK);
		config.put("tasks.max", "1");
		config.put("topics", String.join(",", topics));
		config.put("connection.url", jdbcUrl);
		config.put("connection.user", user);
		config.put("region", region);
		return config;
	}

	/** The topic Debezium writes the changes of {@code schema.table} to, for a source prefixed {@code region}. */
	public static String topic(String region, String schemaAndTable) {
		return region + "." + schemaAndTable;
	}

	/** The consumer group of sink connector {@code name}: Connect names it {@code connect-<name>}. */
	public static String sinkGroup(String name) {
		return "connect-" + name;
	}
}
