package org.syncscope.jdbc.postgres;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.regex.Pattern;

/**
 * Prepares a table of a region's database for two-way replication: a column {@value #COLUMN} that a trigger
 * stamps on every insert and update with the region the change began in (the session's
 * {@code syncscope.origin} setting, which SyncScope's sink sets to the replicated change's origin; otherwise
 * the database's own region, so local writers need not know about it), and {@code REPLICA IDENTITY FULL}, so
 * that Debezium's update and delete events carry the whole previous row. SyncScope's sink skips the changes
 * whose origin is its own region: see docs/cdc-loop-prevention.md.
 */
public final class OriginStamp {

	/** The origin column (the sink's {@code origin.column} default). */
	public static final String COLUMN = "syncscope_origin";
	/** The session setting the sink sets before each write. */
	public static final String SETTING = "syncscope.origin";

	private static final Pattern REGION = Pattern.compile("[A-Za-z0-9_-]+");

	private OriginStamp() {
	}

	/** Adds the column, the trigger and full replica identity to {@code schema.table}; safe to repeat. */
	public static void install(Connection connection, String region, String schema, String table) throws SQLException {
		if (!REGION.matcher(region).matches()) {
			throw new IllegalArgumentException("A region name is letters, digits, '-' and '_': " + region);
		}
		String qualified = Identifiers.quote(schema) + "." + Identifiers.quote(table);
		try (Statement statement = connection.createStatement()) {
			statement.execute("CREATE OR REPLACE FUNCTION syncscope_stamp_origin() RETURNS trigger LANGUAGE plpgsql AS $$"
					+ " BEGIN NEW." + COLUMN + " := coalesce(nullif(current_setting('" + SETTING + "', true), ''),"
					+ " TG_ARGV[0]); RETURN NEW; END $$");
			statement.execute("ALTER TABLE " + qualified + " ADD COLUMN IF NOT EXISTS " + COLUMN + " TEXT");
			statement.execute("ALTER TABLE " + qualified + " REPLICA IDENTITY FULL");
			statement.execute("CREATE OR REPLACE TRIGGER syncscope_origin BEFORE INSERT OR UPDATE ON " + qualified
					+ " FOR EACH ROW EXECUTE FUNCTION syncscope_stamp_origin('" + region + "')");
		}
	}
}
