package org.syncscope.connect.sink;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.apache.kafka.common.config.ConfigDef;
import org.apache.kafka.connect.connector.Task;
import org.apache.kafka.connect.sink.SinkConnector;

/**
 * SyncScope's JDBC sink: applies Debezium change events (inserts, updates and snapshot reads as upserts by
 * primary key, deletes by key) to a PostgreSQL database, one transaction per batch, and skips every change
 * that began in the database's own region, so that a change replicated there and captured again is not sent
 * back (see {@link ChangeApplier}).
 */
public final class JdbcSinkConnector extends SinkConnector {

	static final String VERSION = "0.1.0";

	private Map<String, String> properties;

	@Override
	public void start(Map<String, String> props) {
		new JdbcSinkConfig(props);
		this.properties = Map.copyOf(props);
	}

	@Override
	public Class<? extends Task> taskClass() {
		return JdbcSinkTask.class;
	}

	@Override
	public List<Map<String, String>> taskConfigs(int maxTasks) {
		List<Map<String, String>> configs = new ArrayList<>();
		for (int i = 0; i < maxTasks; i++) {
			configs.add(properties);
		}
		return configs;
	}

	@Override
	public void stop() {
		// the tasks hold the connections
	}

	@Override
	public ConfigDef config() {
		return JdbcSinkConfig.DEFINITION;
	}

	@Override
	public String version() {
		return VERSION;
	}
}
