package org.syncscope.ui.demo;

import java.util.Locale;

/** The demos SyncScope can start: its own simulated replicas, or a real CDC pipeline. */
public enum DemoKind {
	/** A local broker and simulated replicas writing SyncScope's own change events, with conflicts. */
	SIMULATED("simulated replicas"),
	/** Two PostgreSQL regions replicating through Kafka Connect, Debezium and SyncScope's JDBC sink. */
	CDC("CDC pipeline");

	private final String description;

	DemoKind(String description) {
		this.description = description;
	}

	/** What the demo runs, in words. */
	public String description() {
		return description;
	}

	/**
	 * The demo a launcher argument or command parameter names: {@code cdc} is the CDC pipeline; anything else
	 * ({@code true}, {@code simulated}, none) the simulated replicas.
	 */
	public static DemoKind named(String name) {
		return name != null && name.toLowerCase(Locale.ROOT).equals("cdc") ? CDC : SIMULATED;
	}
}
