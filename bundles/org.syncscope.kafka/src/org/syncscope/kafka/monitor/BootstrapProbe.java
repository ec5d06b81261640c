package org.syncscope.kafka.monitor;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * A cheap check whether a cluster's bootstrap servers accept TCP connections: what a DOWN cluster is probed
 * with every poll interval (no Kafka request, no client backoff), and what names the real cause of an outage
 * ("connection refused by 127.0.0.1:9092") where a Kafka client only reports that its request timed out.
 */
final class BootstrapProbe {

	private final List<InetSocketAddress> servers = new ArrayList<>();
	private final Duration timeout;

	BootstrapProbe(String bootstrapServers, Duration timeout) {
		this.timeout = timeout;
		for (String server : bootstrapServers.split(",")) {
			String trimmed = server.trim();
			int colon = trimmed.lastIndexOf(':');
			if (colon > 0) {
				servers.add(InetSocketAddress.createUnresolved(trimmed.substring(0, colon),
						Integer.parseInt(trimmed.substring(colon + 1))));
			}
		}
	}

	/** Empty when some bootstrap server accepts a connection, else why none does (the first server's cause). */
	Optional<String> unreachable() {
		String first = null;
		for (InetSocketAddress server : servers) {
			try (Socket socket = new Socket()) {
				socket.connect(new InetSocketAddress(server.getHostString(), server.getPort()), (int) timeout.toMillis());
				return Optional.empty();
			} catch (IOException | RuntimeException e) {
				if (first == null) {
					first = "Cannot connect to " + server.getHostString() + ":" + server.getPort() + ": "
							+ (e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage());
				}
			}
		}
		return servers.isEmpty() ? Optional.of("No bootstrap server to connect to") : Optional.ofNullable(first);
	}
}
