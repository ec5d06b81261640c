package org.syncscope.core.cdc;

/** What a Debezium change event did to its row, by the event's {@code op} code. */
public enum RowOperation {
	/** {@code c}: a row inserted. */
	CREATE("c"),
	/** {@code u}: a row updated. */
	UPDATE("u"),
	/** {@code d}: a row deleted. */
	DELETE("d"),
	/** {@code r}: a row read by a snapshot (it exists; nothing changed it). */
	READ("r");

	private final String code;

	RowOperation(String code) {
		this.code = code;
	}

	/** The {@code op} code Debezium writes. */
	public String code() {
		return code;
	}
}
