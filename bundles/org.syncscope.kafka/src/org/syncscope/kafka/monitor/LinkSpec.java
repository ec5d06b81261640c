package org.syncscope.kafka.monitor;

import java.time.Duration;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

import org.syncscope.core.lag.LagSettings;
import org.syncscope.core.merge.FieldRule;
import org.syncscope.core.policy.ConflictPolicy;

/**
 * What monitoring needs to know of one sync link, detached from the EMF model so that the monitor's threads
 * never touch model objects the editor is changing: its change log and applier group, the change logs of its
 * target (whose local writes its incoming events can conflict with), thresholds and policy, and the replica
 * ids written at its two ends (what the side-wins policies and the console compare origins with; empty when
 * the topology names none; for a link of Debezium events the source database's region), and, for a link of
 * Debezium events ({@code debezium-json}), how to read them ({@code cdc}: decoded for lag, throughput,
 * conflicts and quarantine by {@link CdcRecords}, not by the version-vector detectors), how long the store
 * keeps the captured events of its closed conflicts ({@code payloadRetention}; zero: until a key is forgotten),
 * and what its payload fields mean ({@code fieldRules}, for the {@link ConflictPolicy#FIELD_RULES} policy).
 */
public record LinkSpec(String id, String name, String source, String target, String topic, String applierGroup,
		Set<String> targetTopics, LagSettings lagSettings, ConflictPolicy policy, List<String> sensitiveFields,
		String sourceReplica, String targetReplica, Optional<CdcSettings> cdc, Duration payloadRetention,
		List<FieldRule> fieldRules) {

	public LinkSpec {
		Objects.requireNonNull(id, "id");
		Objects.requireNonNull(topic, "topic");
		Objects.requireNonNull(applierGroup, "applierGroup");
		targetTopics = Set.copyOf(targetTopics);
		sensitiveFields = List.copyOf(sensitiveFields);
		Objects.requireNonNull(sourceReplica, "sourceReplica");
		Objects.requireNonNull(targetReplica, "targetReplica");
		Objects.requireNonNull(cdc, "cdc");
		Objects.requireNonNull(payloadRetention, "payloadRetention");
		fieldRules = List.copyOf(fieldRules);
	}

	/** A link without field rules. */
	public LinkSpec(String id, String name, String source, String target, String topic, String applierGroup,
			Set<String> targetTopics, LagSettings lagSettings, ConflictPolicy policy, List<String> sensitiveFields,
			String sourceReplica, String targetReplica, Optional<CdcSettings> cdc, Duration payloadRetention) {
		this(id, name, source, target, topic, applierGroup, targetTopics, lagSettings, policy, sensitiveFields,
				sourceReplica, targetReplica, cdc, payloadRetention, List.of());
	}

	/** A link whose closed conflicts' events are kept until a key is forgotten. */
	public LinkSpec(String id, String name, String source, String target, String topic, String applierGroup,
			Set<String> targetTopics, LagSettings lagSettings, ConflictPolicy policy, List<String> sensitiveFields,
			String sourceReplica, String targetReplica, Optional<CdcSettings> cdc) {
		this(id, name, source, target, topic, applierGroup, targetTopics, lagSettings, policy, sensitiveFields,
				sourceReplica, targetReplica, cdc, Duration.ZERO);
	}

	/** A link carrying SyncScope's own change events. */
	public LinkSpec(String id, String name, String source, String target, String topic, String applierGroup,
			Set<String> targetTopics, LagSettings lagSettings, ConflictPolicy policy, List<String> sensitiveFields,
			String sourceReplica, String targetReplica) {
		this(id, name, source, target, topic, applierGroup, targetTopics, lagSettings, policy, sensitiveFields,
				sourceReplica, targetReplica, Optional.empty());
	}

	/** Whether the link's log carries SyncScope's own change events (not Debezium's). */
	public boolean syncscopeEvents() {
		return cdc.isEmpty();
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
