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

	/**
	 * The source and sink connector of one link (either may be absent: the topology names none), and the
	 * database the source connector captures, where its replication slot's lag is read.
	 */
	public record LinkConnectors(String linkId, Optional<String> source, Optional<String> sink,
			Optional<SourceDatabase> sourceDatabase) {

		public LinkConnectors {
			Objects.requireNonNull(linkId, "linkId");
			Objects.requireNonNull(source, "source");
			Objects.requireNonNull(sink, "sink");
			Objects.requireNonNull(sourceDatabase, "sourceDatabase");
		}

		/** A link whose source database is not known. */
		public LinkConnectors(String linkId, Optional<String> source, Optional<String> sink) {
			this(linkId, source, sink, Optional.empty());
		}
	}

	/**
	 * A source database: its JDBC URL, the login its credentials key gives (resolved, never in the model), and
	 * the tables the link carries from it.
	 */
	public record SourceDatabase(String jdbcUrl, Optional<String> user, Optional<String> password,
			List<String> tables) {

		public SourceDatabase {
			Objects.requireNonNull(jdbcUrl, "jdbcUrl");
			Objects.requireNonNull(user, "user");
			Objects.requireNonNull(password, "password");
			tables = List.copyOf(tables);
		}

		@Override
		public String toString() {
			return "SourceDatabase[" + jdbcUrl + ", user=" + user.orElse("") + "]";
		}
	}
}
