package org.syncscope.connect.sink;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Properties;

import org.apache.kafka.connect.errors.ConnectException;
import org.apache.kafka.connect.errors.RetriableException;
import org.apache.kafka.connect.sink.SinkRecord;
import org.apache.kafka.connect.sink.SinkTask;
import org.postgresql.Driver;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A task of {@link JdbcSinkConnector}: one connection to the target database; every batch Connect hands it is
 * applied in one transaction. A lost connection makes the batch retriable (Connect hands it again after its
 * back-off, and the task reconnects); any other failure fails the task with the database's message.
 */
public final class JdbcSinkTask extends SinkTask {

	private static final Logger LOG = LoggerFactory.getLogger(JdbcSinkTask.class);
	/** SQL states of class 08: the connection is gone. */
	private static final String CONNECTION_EXCEPTION = "08";

	private JdbcSinkConfig config;
	private ChangeApplier applier;
	private Connection connection;

	@Override
	public String version() {
		return JdbcSinkConnector.VERSION;
	}

	@Override
	public void start(Map<String, String> props) {
		config = new JdbcSinkConfig(props);
		applier = new ChangeApplier(config.region());
	}

	@Override
	public void put(Collection<SinkRecord> records) {
		if (records.isEmpty()) {
			return;
		}
		List<TableChange> changes = new ArrayList<>();
		for (SinkRecord record : records) {
			TableChange.of(record, config.originColumn()).ifPresent(changes::add);
		}
		try {
			ChangeApplier.Result result = applier.apply(connection(), changes);
			LOG.debug("Applied {} changes to region {}, skipped {} that began there", result.applied(),
					config.region(), result.skipped());
		} catch (SQLException e) {
			if (e.getSQLState() != null && e.getSQLState().startsWith(CONNECTION_EXCEPTION)) {
				closeConnection();
				throw new RetriableException("Lost the connection to " + config.url() + ": " + e.getMessage(), e);
			}
			throw new ConnectException("Cannot apply " + changes.size() + " changes to " + config.url() + ": "
					+ e.getMessage(), e);
		}
	}

	private Connection connection() throws SQLException {
		if (connection == null || connection.isClosed()) {
			Properties properties = new Properties();
			properties.setProperty("user", config.user());
			properties.setProperty("password", config.password());
			// strings go to uuid, json and enum columns as the column's type
			properties.setProperty("stringtype", "unspecified");
			properties.setProperty("ApplicationName", "syncscope-jdbc-sink");
			connection = new Driver().connect(config.url(), properties);
			if (connection == null) {
				throw new SQLException("The PostgreSQL driver does not accept " + config.url(), "08001");
			}
		}
		return connection;
	}

	@Override
	public void stop() {
		closeConnection();
	}

	private void closeConnection() {
		if (connection != null) {
			try {
				connection.close();
			} catch (SQLException e) {
				LOG.warn("Closing the connection to {} failed: {}", config.url(), e.getMessage());
			}
			connection = null;
		}
	}
}
