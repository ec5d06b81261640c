package org.syncscope.kafka.monitor;

import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.apache.kafka.clients.CommonClientConfigs;
import org.apache.kafka.common.config.SaslConfigs;
import org.syncscope.core.lag.LagSettings;
import org.syncscope.core.merge.FieldRule;
import org.syncscope.core.merge.FieldType;
import org.syncscope.core.policy.ConflictPolicy;
import org.syncscope.topology.CdcLinks;
import org.syncscope.topology.Endpoint;
import org.syncscope.topology.EventFormat;
import org.syncscope.topology.KafkaCluster;
import org.syncscope.topology.Property;
import org.syncscope.topology.SecurityProtocol;
import org.syncscope.topology.ServiceReplica;
import org.syncscope.topology.SyncLink;
import org.syncscope.topology.Topology;

/**
 * Reads what monitoring needs out of a topology: one {@link ClusterSpec} per Kafka cluster that carries
 * enabled links. Called on the thread that owns the model; the specs are immutable afterwards.
 */
public final class TopologySpecs {

	private TopologySpecs() {
	}

	/** The clusters and links of {@code topology}; credentials are resolved through {@code credentials}. */
	public static List<ClusterSpec> of(Topology topology, CredentialResolver credentials) throws CredentialException {
		Map<KafkaCluster, List<LinkSpec>> linksByCluster = new LinkedHashMap<>();
		for (SyncLink link : topology.getLinks()) {
			if (link.isEnabled() && link.getCluster() != null && link.getChangeLogTopic() != null
					&& CdcLinks.effectiveApplierGroup(link) != null) {
				linksByCluster.computeIfAbsent(link.getCluster(), c -> new ArrayList<>()).add(linkSpec(topology, link));
			}
		}
		List<ClusterSpec> clusters = new ArrayList<>();
		for (Map.Entry<KafkaCluster, List<LinkSpec>> entry : linksByCluster.entrySet()) {
			KafkaCluster cluster = entry.getKey();
			clusters.add(new ClusterSpec(cluster.getId(), cluster.getName(), cluster.getBootstrapServers(),
					clientProperties(cluster, credentials), entry.getValue()));
		}
		return clusters;
	}

	private static LinkSpec linkSpec(Topology topology, SyncLink link) {
		Set<String> targetTopics = new HashSet<>();
		for (SyncLink other : topology.getLinks()) {
			if (other.getSource() != null && other.getSource() == link.getTarget() && other.getChangeLogTopic() != null) {
				targetTopics.add(other.getChangeLogTopic());
			}
		}
		targetTopics.remove(link.getChangeLogTopic());
		return new LinkSpec(link.getId(), link.getName(), name(link.getSource()), name(link.getTarget()),
				link.getChangeLogTopic(), CdcLinks.effectiveApplierGroup(link), targetTopics, lagSettings(link),
				ConflictPolicy.valueOf(link.getConflictPolicy().getName()), link.getSensitiveFields(),
				replicaOf(topology, link, link.getSource()), replicaOf(topology, link, link.getTarget()),
				cdcSettings(link), Duration.ofDays(Math.max(0, link.getPayloadRetentionDays())), fieldRules(link));
	}

	/**
	 * The link's field rules that are well formed and do not overlap an earlier one; the topology's validation
	 * marks the others, and the link merges by the rest meanwhile.
	 */
	private static List<FieldRule> fieldRules(SyncLink link) {
		List<FieldRule> rules = new ArrayList<>();
		for (org.syncscope.topology.FieldRule modelled : link.getFieldRules()) {
			if (modelled.getPath() == null) {
				continue;
			}
			try {
				FieldRule rule = FieldRule.of(modelled.getPath(), FieldType.valueOf(modelled.getType().getName()));
				if (rules.stream().noneMatch(earlier -> rule.path().isWithin(earlier.path())
						|| earlier.path().isWithin(rule.path()))) {
					rules.add(rule);
				}
			} catch (IllegalArgumentException malformed) {
				// reported by validation
			}
		}
		return rules;
	}

	/** How a link of Debezium events is read; empty for a link of SyncScope's own events. */
	private static Optional<CdcSettings> cdcSettings(SyncLink link) {
		if (link.getEventFormat() != EventFormat.DEBEZIUM_JSON) {
			return Optional.empty();
		}
		return Optional.of(new CdcSettings(present(link.getOriginColumn()).orElse(CdcSettings.DEFAULT_ORIGIN_COLUMN),
				present(link.getVersionColumn())));
	}

	private static Optional<String> present(String text) {
		return text == null || text.isBlank() ? Optional.empty() : Optional.of(text);
	}

	/**
	 * The replica id written at {@code endpoint}: for a link of Debezium events the database's region (what its
	 * origin column says), else the endpoint's own, or that of the service replica using it as database.
	 */
	private static String replicaOf(Topology topology, SyncLink link, Endpoint endpoint) {
		if (CdcLinks.isCdc(link) && endpoint != null) {
			return present(endpoint.getRegion()).orElse(endpoint.getName() == null ? "" : endpoint.getName());
		}
		return replicaOf(topology, endpoint);
	}

	/** The replica id written at {@code endpoint}: its own, or that of the service replica using it as database. */
	private static String replicaOf(Topology topology, Endpoint endpoint) {
		if (endpoint instanceof ServiceReplica replica) {
			return replica.getReplicaId() == null ? "" : replica.getReplicaId();
		}
		for (Endpoint candidate : topology.getEndpoints()) {
			if (candidate instanceof ServiceReplica replica && replica.getDatabase() == endpoint
					&& replica.getReplicaId() != null) {
				return replica.getReplicaId();
			}
		}
		return "";
	}

	private static LagSettings lagSettings(SyncLink link) {
		long warning = link.getLagWarningSeconds() > 0 ? link.getLagWarningSeconds() : LagSettings.DISABLED;
		long critical = link.getLagCriticalSeconds() > 0 ? link.getLagCriticalSeconds() : LagSettings.DISABLED;
		return new LagSettings(Math.min(warning, critical), critical, LagSettings.DEFAULT.minStopSeconds());
	}

	/** The client settings {@code cluster} names, with its credentials resolved (for any client of it). */
	public static Map<String, Object> clientProperties(KafkaCluster cluster, CredentialResolver credentials)
			throws CredentialException {
		Map<String, Object> properties = new HashMap<>();
		for (Property property : cluster.getClientProperties()) {
			if (property.getKey() != null && property.getValue() != null) {
				properties.put(property.getKey(), property.getValue());
			}
		}
		SecurityProtocol protocol = cluster.getSecurityProtocol();
		if (protocol != null) {
			properties.put(CommonClientConfigs.SECURITY_PROTOCOL_CONFIG, protocol.getName());
		}
		if (cluster.getSaslMechanism() != null && !cluster.getSaslMechanism().isBlank()) {
			properties.put(SaslConfigs.SASL_MECHANISM, cluster.getSaslMechanism());
		}
		if (cluster.getCredentialsKey() != null && !cluster.getCredentialsKey().isBlank()) {
			properties.putAll(credentials.clientProperties(cluster.getCredentialsKey(), cluster.getSaslMechanism()));
		}
		return properties;
	}

	private static String name(Endpoint endpoint) {
		return endpoint == null ? "" : endpoint.getName();
	}
}
