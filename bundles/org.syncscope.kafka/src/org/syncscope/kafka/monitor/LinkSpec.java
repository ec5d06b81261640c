package org.syncscope.kafka.monitor;

import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

import org.syncscope.core.lag.LagSettings;
import org.syncscope.core.policy.ConflictPolicy;

/**
 * What monitoring needs to know of one sync link, detached from the EMF model so that the monitor's threads
 * never touch model objects the editor is changing: its change log and applier group, the change logs of its
 * target (whose local writes its incoming events can conflict with), thresholds and policy, and the replica
 * ids written at its two ends (what the side-wins policies and the console compare origins with; empty when
 * the topology names none), and whether its log carries SyncScope's own change events ({@code syncscopeEvents})
 * or Debezium's ({@code debezium-json}: decoded for lag, throughput and quarantine by {@link CdcRecords}, not
 * fed to the version-vector detectors).
 */
public record LinkSpec(String id, String name, String source, String target, String topic, String applierGroup,
		Set<String> targetTopics, LagSettings lagSettings, ConflictPolicy policy, List<String> sensitiveFields,
		String sourceReplica, String targetReplica, boolean syncscopeEvents) {

	public LinkSpec {
		Objects.requireNonNull(id, "id");
		Objects.requireNonNull(topic, "topic");
		Objects.requireNonNull(applierGroup, "applierGroup");
		targetTopics = Set.copyOf(targetTopics);
		sensitiveFields = List.copyOf(sensitiveFields);
		Objects.requireNonNull(sourceReplica, "sourceReplica");
		Objects.requireNonNull(targetReplica, "targetReplica");
	}

	/** A link carrying SyncScope's own change events. */
	public LinkSpec(String id, String name, String source, String target, String topic, String applierGroup,
			Set<String> targetTopics, LagSettings lagSettings, ConflictPolicy policy, List<String> sensitiveFields,
			String sourceReplica, String targetReplica) {
		this(id, name, source, target, topic, applierGroup, targetTopics, lagSettings, policy, sensitiveFields,
				sourceReplica, targetReplica, true);
	}

	/** A link whose ends' replica ids are unknown. */
	public LinkSpec(String id, String name, String source, String target, String topic, String applierGroup,
			Set<String> targetTopics, LagSettings lagSettings, ConflictPolicy policy, List<String> sensitiveFields) {
		this(id, name, source, target, topic, applierGroup, targetTopics, lagSettings, policy, sensitiveFields, "",
				"");
	}

	/** The change logs whose events matter to this link's conflict detection: its own and its target's. */
	public Set<String> watchedLogs() {
		Set<String> logs = new HashSet<>(targetTopics);
		logs.add(topic);
		return Set.copyOf(logs);
	}
}
