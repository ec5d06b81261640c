package org.syncscope.connect.sink;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Applies row changes to one region's database in one transaction, with loop prevention: every replicated
 * table has an origin column that a trigger stamps with the region a change began in (the session's
 * {@code syncscope.origin} setting, or the database's own region for a local writer). The applier sets that
 * setting to the change's origin before each write, so a replicated row keeps the region it came from, and it
 * skips inserts and updates whose origin is its own region: those are its own changes coming back. Deletes
 * carry no origin of their own (the deleted row's is that of its last writer); they are applied by key, and a
 * delete that comes back finds no row, changes nothing and so is not captured again.
 */
final class ChangeApplier {

	/** How many changes of a batch were written and how many were skipped as begun in this region. */
	record Result(int applied, int skipped) {
	}

	private final String region;

	ChangeApplier(String region) {
		this.region = region;
	}

	/** Whether the change began in this applier's region, and so must not be applied here again. */
	boolean begunHere(TableChange change) {
		return change.operation() == TableChange.Operation.UPSERT && change.origin().filter(region::equals).isPresent();
	}

	/** Applies {@code changes} in order, in one transaction (rolled back if any write fails). */
	Result apply(Connection connection, List<TableChange> changes) throws SQLException {
		connection.setAutoCommit(false);
		Map<String, PreparedStatement> statements = new HashMap<>();
		int applied = 0;
		int skipped = 0;
		try {
			for (TableChange change : changes) {
				if (begunHere(change)) {
					skipped++;
					continue;
				}
				PreparedStatement origin = prepared(connection, statements, Sql.SET_ORIGIN);
				origin.setString(1, change.origin().orElse(""));
				origin.execute();
				write(connection, statements, change);
				applied++;
			}
			connection.commit();
			return new Result(applied, skipped);
		} catch (SQLException e) {
			connection.rollback();
			throw e;
		} finally {
			for (PreparedStatement statement : statements.values()) {
				statement.close();
			}
		}
	}

	private static void write(Connection connection, Map<String, PreparedStatement> statements, TableChange change)
			throws SQLException {
		List<String> key = new ArrayList<>(change.key().keySet());
		List<Object> parameters = new ArrayList<>();
		String sql;
		if (change.operation() == TableChange.Operation.UPSERT) {
			List<String> columns = new ArrayList<>(change.columns().keySet());
			sql = Sql.upsert(change.schema(), change.table(), columns, key);
			parameters.addAll(change.columns().values());
		} else {
			sql = Sql.delete(change.schema(), change.table(), key);
			parameters.addAll(change.key().values());
		}
		PreparedStatement statement = prepared(connection, statements, sql);
		for (int i = 0; i < parameters.size(); i++) {
			statement.setObject(i + 1, parameters.get(i));
		}
		statement.executeUpdate();
	}

	/** The batch's statement for {@code sql}, prepared on first use. */
	private static PreparedStatement prepared(Connection connection, Map<String, PreparedStatement> statements,
			String sql) throws SQLException {
		PreparedStatement statement = statements.get(sql);
		if (statement == null) {
			statement = connection.prepareStatement(sql);
			statements.put(sql, statement);
		}
		return statement;
	}
}
