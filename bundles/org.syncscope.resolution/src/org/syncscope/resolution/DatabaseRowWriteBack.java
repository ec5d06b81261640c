package org.syncscope.resolution;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

import org.syncscope.connect.monitor.ConnectClusterSpec.SourceDatabase;
import org.syncscope.core.cdc.RowChange;
import org.syncscope.core.cdc.RowKey;
import org.syncscope.jdbc.postgres.ReplicationSlots;
import org.syncscope.jdbc.postgres.RowUpdate;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * Writes resolved rows over JDBC into a link's source database (PostgreSQL), found with its login by
 * {@code databases} (the Connect monitor's specs, credentials from secure storage): one {@code UPDATE} of the
 * row's non-key columns, in its own transaction. Debezium's placeholder for a value it did not have is never
 * written, nor is the origin column, which the database's trigger stamps with its own region so that the
 * sink carries the resolution to the other region.
 */
public final class DatabaseRowWriteBack implements RowWriteBack {

	private final Function<String, Optional<SourceDatabase>> databases;

	/** Writes into the source database {@code databases} gives for a link id. */
	public DatabaseRowWriteBack(Function<String, Optional<SourceDatabase>> databases) {
		this.databases = databases;
	}

	@Override
	public String write(String linkId, String key, ObjectNode row, String originColumn) throws ResolutionException {
		SourceDatabase database = databases.apply(linkId).orElseThrow(() -> new ResolutionException(
				"The source database of link " + linkId + " is not known: the topology names none for its source"));
		RowKey rowKey;
		try {
			rowKey = RowKey.parse(key);
		} catch (IllegalArgumentException e) {
			throw new ResolutionException(e.getMessage(), e);
		}
		Map<String, String> keyValues = new LinkedHashMap<>();
		rowKey.columns().forEach((column, value) -> keyValues.put(column, sqlText(value)));
		Map<String, String> values = new LinkedHashMap<>();
		row.properties().forEach(column -> {
			if (!column.getKey().equals(originColumn) && !rowKey.columns().containsKey(column.getKey())
					&& !RowChange.isUnavailable(column.getValue())) {
				values.put(column.getKey(), sqlText(column.getValue()));
			}
		});
		if (values.isEmpty()) {
			throw new ResolutionException("The resolution of " + key + " sets no column");
		}
		try (Connection connection = ReplicationSlots.connect(database.jdbcUrl(), database.user(),
				database.password())) {
			if (RowUpdate.update(connection, rowKey.table(), keyValues, values) == 0) {
				throw new ResolutionException("The row " + key + " is no longer in " + database.jdbcUrl()
						+ " (deleted since?): nothing was written");
			}
		} catch (SQLException e) {
			throw new ResolutionException("Cannot write the resolution of " + key + " into " + database.jdbcUrl()
					+ ": " + e.getMessage(), e);
		}
		return database.jdbcUrl() + " " + rowKey.table();
	}

	/** A JSON value as the text PostgreSQL reads into the column's type; JSON null as SQL NULL. */
	private static String sqlText(JsonNode value) {
		if (value == null || value.isNull()) {
			return null;
		}
		return value.isValueNode() ? value.asText() : value.toString();
	}
}
