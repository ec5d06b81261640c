package org.syncscope.jdbc.postgres;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Optional;

/**
 * A table's replica identity, read over JDBC ({@code pg_class.relreplident}): what PostgreSQL writes of the
 * old row into the WAL on an update or delete, and so what Debezium's {@code before} carries. Conflicts are
 * found from before-images only with {@link #FULL}.
 */
public enum ReplicaIdentity {
	/** The primary key's columns only (PostgreSQL's default). */
	DEFAULT('d'),
	/** Nothing of the old row. */
	NOTHING('n'),
	/** The whole old row. */
	FULL('f'),
	/** The columns of a chosen unique index. */
	INDEX('i');

	private static final String QUERY = "SELECT c.relreplident FROM pg_class c JOIN pg_namespace n"
			+ " ON n.oid = c.relnamespace WHERE n.nspname = ? AND c.relname = ?";

	private final char code;

	ReplicaIdentity(char code) {
		this.code = code;
	}

	/** The replica identity of {@code schema.table}; empty when there is no such table. */
	public static Optional<ReplicaIdentity> of(Connection connection, String qualifiedTable) throws SQLException {
		int dot = qualifiedTable.indexOf('.');
		String schema = dot < 0 ? "public" : qualifiedTable.substring(0, dot);
		String table = dot < 0 ? qualifiedTable : qualifiedTable.substring(dot + 1);
		try (PreparedStatement query = connection.prepareStatement(QUERY)) {
			query.setString(1, schema);
			query.setString(2, table);
			try (ResultSet result = query.executeQuery()) {
				if (!result.next()) {
					return Optional.empty();
				}
				char found = result.getString(1).charAt(0);
				for (ReplicaIdentity identity : values()) {
					if (identity.code == found) {
						return Optional.of(identity);
					}
				}
				return Optional.empty();
			}
		}
	}
}
