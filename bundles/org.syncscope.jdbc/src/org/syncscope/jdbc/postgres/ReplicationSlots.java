package org.syncscope.jdbc.postgres;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.Properties;

import org.postgresql.Driver;

/**
 * How far a logical replication slot (a Debezium source connector's) is behind its PostgreSQL database, read
 * over JDBC: the bytes of WAL between the slot's confirmed flush position and the database's current one
 * ({@code pg_current_wal_lsn() - confirmed_flush_lsn}). PostgreSQL keeps no time for a log position unless
 * {@code track_commit_timestamp} is on, so the lag is in bytes.
 */
public final class ReplicationSlots {

	private static final String LAG = "SELECT pg_current_wal_lsn() - confirmed_flush_lsn FROM pg_replication_slots"
			+ " WHERE slot_name = ?";

	private ReplicationSlots() {
	}

	/** The slot's lag in bytes; empty when the database has no such slot (or it has confirmed nothing yet). */
	public static OptionalLong lagBytes(Connection connection, String slot) throws SQLException {
		try (PreparedStatement query = connection.prepareStatement(LAG)) {
			query.setString(1, slot);
			try (ResultSet result = query.executeQuery()) {
				if (!result.next()) {
					return OptionalLong.empty();
				}
				long bytes = result.getLong(1);
				return result.wasNull() ? OptionalLong.empty() : OptionalLong.of(bytes);
			}
		}
	}

	/** A connection to {@code jdbcUrl} (the driver directly: OSGi hides it from DriverManager). */
	public static Connection connect(String jdbcUrl, Optional<String> user, Optional<String> password)
			throws SQLException {
		Properties properties = new Properties();
		user.ifPresent(name -> properties.setProperty("user", name));
		password.ifPresent(secret -> properties.setProperty("password", secret));
		properties.setProperty("ApplicationName", "syncscope-monitor");
		Connection connection = new Driver().connect(jdbcUrl, properties);
		if (connection == null) {
			throw new SQLException("The PostgreSQL driver does not accept " + jdbcUrl);
		}
		return connection;
	}
}
