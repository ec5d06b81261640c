package org.syncscope.replay;

import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;

/**
 * What a replay needs to know of a sync link, detached from the EMF model (replays run on worker threads
 * while the editor may change the model): its change log, where it may be replayed to, which payload
 * fields must never be shown, and how to reach its cluster (secrets already resolved).
 *
 * @param allowedTargets the change log itself and the link's extra replay target topics
 */
public record ReplayLink(String id, String name, String sourceTopic, Set<String> allowedTargets,
		List<String> sensitiveFields, String bootstrapServers, Map<String, Object> clientProperties) {

	public ReplayLink {
		Objects.requireNonNull(id, "id");
		Objects.requireNonNull(sourceTopic, "sourceTopic");
		Objects.requireNonNull(bootstrapServers, "bootstrapServers");
		Set<String> targets = new TreeSet<>(allowedTargets);
		targets.add(sourceTopic);
		allowedTargets = Set.copyOf(targets);
		sensitiveFields = List.copyOf(sensitiveFields);
		clientProperties = Map.copyOf(clientProperties);
	}

	/** Checks that {@code topic} is an allowed replay target of this link. */
	public void checkTarget(String topic) throws ReplayException {
		if (topic == null || topic.isBlank()) {
			throw new ReplayException("No target topic given");
		}
		if (!allowedTargets.contains(topic)) {
			throw new ReplayException("Topic '" + topic + "' is not an allowed replay target of link '" + name
					+ "'. Allowed: " + String.join(", ", new TreeSet<>(allowedTargets))
					+ " (add it to the link's replay target topics in the topology)");
		}
	}
}
