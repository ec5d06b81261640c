package org.syncscope.jdbc.postgres;

/** SQL names as PostgreSQL reads them whatever they contain: quoted, and a table qualified by its schema. */
final class Identifiers {

	private Identifiers() {
	}

	/** {@code identifier} in double quotes, inner quotes doubled. */
	static String quote(String identifier) {
		return "\"" + identifier.replace("\"", "\"\"") + "\"";
	}

	/** {@code schema.table} as {@code "schema"."table"}, a table alone quoted. */
	static String qualified(String table) {
		int dot = table.indexOf('.');
		return dot < 0 ? quote(table) : quote(table.substring(0, dot)) + "." + quote(table.substring(dot + 1));
	}
}
