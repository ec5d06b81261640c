package org.syncscope.connect.monitor;

import java.net.URI;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * One Kafka Connect cluster to watch, detached from the topology model: its REST URL, the value of the
 * {@code Authorization} header its credentials give (resolved from secure storage, never from the model), and
 * the connectors of the links it runs.
 */
public record ConnectClusterSpec(String id, String name, URI restUrl, Optional<String> authorization,
		List<LinkConnectors> links) {

	public ConnectClusterSpec {
		Objects.requireNonNull(id, "id");
		Objects.requireNonNull(restUrl, "restUrl");
		Objects.requireNonNull(authorization, "authorization");
		links = List.copyOf(links);
	}

	/** The source and sink connector of one link (either may be absent: the topology names none). */
	public record LinkConnectors(String linkId, Optional<String> source, Optional<String> sink) {

		public LinkConnectors {
			Objects.requireNonNull(linkId, "linkId");
			Objects.requireNonNull(source, "source");
			Objects.requireNonNull(sink, "sink");
		}
	}
}
