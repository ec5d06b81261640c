package org.syncscope.connect.monitor;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.syncscope.connect.monitor.ConnectClusterSpec.LinkConnectors;
import org.syncscope.connect.rest.ConnectClient;
import org.syncscope.connect.rest.ConnectRestException;

/**
 * One round of checks on one Kafka Connect cluster: the status of every connector its links name, each asked
 * once. A cluster that cannot be reached ends the round at once: all of its links are DOWN with the cause.
 */
final class ConnectClusterCheck {

	private static final int NOT_FOUND = 404;

	private final ConnectClusterSpec spec;
	private final ConnectClient client;

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
					Optional.of(unreachable.getMessage()), Optional.empty(), Optional.empty(), now));
		}
		return states(link -> new LinkConnectState(link.linkId(), spec.name(), Optional.empty(),
				link.source().map(reports::get), link.sink().map(reports::get), now));
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
