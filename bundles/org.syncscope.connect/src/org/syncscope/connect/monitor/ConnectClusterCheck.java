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
					slotLag(link), now));
		}
		return states(link -> new LinkConnectState(link.linkId(), spec.name(), Optional.empty(),
				link.source().map(reports::get), link.sink().map(reports::get), slotLag(link), now));
	}

	/**
	 * The lag of the link's source connector's slot in the source database (the slot named by the connector's
	 * {@code slot.name}, Debezium's default {@value #DEFAULT_SLOT} otherwise); read even while Connect is down,
	 * as the database keeps the slot.
	 */
	private LinkConnectState.SlotLag slotLag(LinkConnectors link) {
		if (link.source().isEmpty() || link.sourceDatabase().isEmpty()) {
			return LinkConnectState.SlotLag.NOT_READ;
		}
		SourceDatabase database = link.sourceDatabase().get();
		String slot = slotNames.computeIfAbsent(link.source().get(), this::slotName);
		if (slot == null) {
			return LinkConnectState.SlotLag.NOT_READ;
		}
		try (Connection connection = ReplicationSlots.connect(database.jdbcUrl(), database.user(),
				database.password())) {
			OptionalLong bytes = ReplicationSlots.lagBytes(connection, slot);
			return new LinkConnectState.SlotLag(bytes, bytes.isPresent() ? Optional.empty()
					: Optional.of("No replication slot " + slot + " in " + database.jdbcUrl()));
		} catch (SQLException e) {
			return new LinkConnectState.SlotLag(OptionalLong.empty(),
					Optional.of("Cannot read slot " + slot + " at " + database.jdbcUrl() + ": " + e.getMessage()));
		}
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
