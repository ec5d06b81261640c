package org.syncscope.kafka.monitor;

import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;

/**
 * One Kafka cluster to monitor with the client settings its endpoint names (secrets already resolved from
 * secure storage, never from the model) and the links whose change logs it carries.
 */
public record ClusterSpec(String id, String name, String bootstrapServers, Map<String, Object> clientProperties,
		List<LinkSpec> links) {

	public ClusterSpec {
		Objects.requireNonNull(id, "id");
		Objects.requireNonNull(bootstrapServers, "bootstrapServers");
		clientProperties = Map.copyOf(clientProperties);
		links = List.copyOf(links);
	}

	/** Every change log a link of this cluster reads or watches. */
	public Set<String> changeLogs() {
		Set<String> topics = new TreeSet<>();
		for (LinkSpec link : links) {
			topics.add(link.topic());
			topics.addAll(link.targetTopics());
		}
		return topics;
	}

	/**
	 * The change logs of SyncScope's own events, for the version-vector detectors: those of links in that
	 * format and their targets' logs, except any log a link of Debezium events reads.
	 */
	public Set<String> syncscopeChangeLogs() {
		Set<String> topics = new TreeSet<>();
		for (LinkSpec link : links) {
			if (link.syncscopeEvents()) {
				topics.add(link.topic());
				topics.addAll(link.targetTopics());
			}
		}
		links.stream().filter(link -> !link.syncscopeEvents()).forEach(link -> topics.remove(link.topic()));
		return topics;
	}

	/** The applier groups of this cluster's links. */
	public Set<String> applierGroups() {
		Set<String> groups = new TreeSet<>();
		links.forEach(link -> groups.add(link.applierGroup()));
		return groups;
	}
}
