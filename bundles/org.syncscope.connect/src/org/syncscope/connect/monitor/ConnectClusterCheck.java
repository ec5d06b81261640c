package org.syncscope.connect.monitor;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;

import org.syncscope.connect.monitor.ConnectClusterSpec.LinkConnectors;
import org.syncscope.connect.monitor.ConnectClusterSpec.SourceDatabase;
import org.syncscope.connect.rest.ConnectClient;
import org.syncscope.connect.rest.ConnectRestException;
import org.syncscope.jdbc.postgres.ReplicaIdentity;
import org.syncscope.jdbc.postgres.ReplicationSlots;

/**
 * One round of checks on one Kafka Connect cluster: the status of every connector its links name, each asked
 * once, and the lag of each source connector's replication slot in its database. A cluster that cannot be
 * reached ends the round's status requests at once: all of its links are DOWN with the cause.
 */
final class ConnectClusterCheck {

	private static final int NOT_FOUND = 404;
	/** The slot Debezium's PostgreSQL connector uses unless told otherwise. */
	private static final String DEFAULT_SLOT = "debezium";

	private final ConnectClusterSpec spec;
	private final ConnectClient client;
	private final Map<String, String> slotNames = new HashMap<>();

	ConnectClusterCheck(ConnectClusterSpec spec, ConnectClient client) {
		this.spec = spec;
		this.client = client;
	}

	List<LinkConnectState> run(Instant now) {
		Map<String, ConnectorReport> reports = new HashMap<>();
		try {
			for (LinkConnectors link : spec.links()) {
				for (Optional<String> connector : List.of(link.source(), link.sink())) {
					if (connector.isPresent() && !reports.containsKey(connector.get())) {
						reports.put(connector.get(), report(connector.get()));
					}
				}
			}
		} catch (ConnectRestException unreachable) {
			return states(link -> new LinkConnectState(link.linkId(), spec.name(),
					Optional.of(unreachable.getMessage()), Optional.empty(), Optional.empty(),
					sourceSide(link), now));
		}
		return states(link -> new LinkConnectState(link.linkId(), spec.name(), Optional.empty(),
				link.source().map(reports::get), link.sink().map(reports::get), sourceSide(link), now));
	}

	/**
	 * What the link's source database says: the lag of its source connector's slot (the slot named by the
	 * connector's {@code slot.name}, Debezium's default {@value #DEFAULT_SLOT} otherwise), read even while
	 * Connect is down, as the database keeps the slot; and a warning for each carried table whose replica
	 * identity is not FULL (its updates carry no full before-image, so their conflicts cannot be found).
	 */
	private LinkConnectState.SourceSide sourceSide(LinkConnectors link) {
		if (link.source().isEmpty() || link.sourceDatabase().isEmpty()) {
			return LinkConnectState.SourceSide.NOT_READ;
		}
		SourceDatabase database = link.sourceDatabase().get();
		String slot = slotNames.computeIfAbsent(link.source().get(), this::slotName);
		try (Connection connection = ReplicationSlots.connect(database.jdbcUrl(), database.user(),
				database.password())) {
			OptionalLong bytes = slot == null ? OptionalLong.empty() : ReplicationSlots.lagBytes(connection, slot);
			Optional<String> problem = bytes.isPresent() ? Optional.empty()
					: Optional.of(slot == null ? "The source connector's slot is not known yet"
							: "No replication slot " + slot + " in " + database.jdbcUrl());
			return new LinkConnectState.SourceSide(bytes, problem, replicaIdentityWarnings(connection, database));
		} catch (SQLException e) {
			return new LinkConnectState.SourceSide(OptionalLong.empty(), Optional.of("Cannot read the source database "
					+ database.jdbcUrl() + ": " + e.getMessage()), List.of());
		}
	}

	private static List<String> replicaIdentityWarnings(Connection connection, SourceDatabase database)
			throws SQLException {
		List<String> warnings = new ArrayList<>();
		for (String table : database.tables()) {
			Optional<ReplicaIdentity> identity = ReplicaIdentity.of(connection, table);
			if (identity.isEmpty()) {
				warnings.add("Table " + table + " does not exist in " + database.jdbcUrl());
			} else if (identity.get() != ReplicaIdentity.FULL) {
				warnings.add("Table " + table + " has REPLICA IDENTITY " + identity.get() + ": its updates carry no"
						+ " full before-image, so their conflicts cannot be found (ALTER TABLE " + table
						+ " REPLICA IDENTITY FULL)");
			}
		}
		return warnings;
	}

	/** The slot a source connector uses, from its configuration; null while Connect cannot say. */
	private String slotName(String connector) {
		try {
			return client.config(connector).getOrDefault("slot.name", DEFAULT_SLOT);
		} catch (ConnectRestException unknown) {
			return null;
		}
	}

	/** The connector's report; throws only when the cluster cannot be reached. */
	private ConnectorReport report(String connector) throws ConnectRestException {
		try {
			return ConnectorReport.of(client.status(connector));
		} catch (ConnectRestException e) {
			if (e.isUnreachable()) {
				throw e;
			}
			return ConnectorReport.problem(connector, e.statusCode() == NOT_FOUND
					? "Connector " + connector + " does not exist on Kafka Connect at " + client.baseUrl()
					: e.getMessage());
		}
	}

	private List<LinkConnectState> states(java.util.function.Function<LinkConnectors, LinkConnectState> state) {
		List<LinkConnectState> states = new ArrayList<>();
		spec.links().forEach(link -> states.add(state.apply(link)));
		return states;
	}
}
