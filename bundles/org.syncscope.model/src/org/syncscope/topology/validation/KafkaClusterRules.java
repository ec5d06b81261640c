package org.syncscope.topology.validation;

import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import org.eclipse.emf.common.util.DiagnosticChain;
import org.syncscope.topology.KafkaCluster;
import org.syncscope.topology.Property;
import org.syncscope.topology.SecurityProtocol;
import org.syncscope.topology.TopologyPackage.Literals;

/**
 * Rules for Kafka cluster endpoints: a connectable bootstrap list, consistent SASL settings and client
 * properties that neither leak secrets into the file nor fight the cluster's own fields.
 */
public final class KafkaClusterRules {

	private static final Set<String> KNOWN_MECHANISMS = Set.of("PLAIN", "SCRAM-SHA-256", "SCRAM-SHA-512", "GSSAPI",
			"OAUTHBEARER");
	private static final Set<String> SECRET_KEYS = Set.of("sasl.jaas.config", "ssl.keystore.key",
			"sasl.oauthbearer.client.credentials.client.secret");
	private static final Set<String> MANAGED_KEYS = Set.of("bootstrap.servers", "security.protocol",
			"sasl.mechanism");

	private KafkaClusterRules() {
	}

	/** Bootstrap servers are a {@code host:port[,host:port]} list. */
	public static boolean wellFormedBootstrapServers(KafkaCluster cluster, DiagnosticChain diagnostics,
			Map<Object, Object> context) {
		String servers = cluster.getBootstrapServers();
		if (Problems.isBlank(servers)) {
			return Problems.report(diagnostics, TopologyProblem.MISSING_BOOTSTRAP_SERVERS, cluster,
					Literals.KAFKA_CLUSTER__BOOTSTRAP_SERVERS, Problems.label(cluster));
		}
		return KafkaNames.firstMalformedServer(servers)
				.map(bad -> Problems.report(diagnostics, TopologyProblem.MALFORMED_BOOTSTRAP_SERVERS, cluster,
						Literals.KAFKA_CLUSTER__BOOTSTRAP_SERVERS, Problems.label(cluster), bad))
				.orElse(Boolean.TRUE);
	}

	/** SASL protocols need a mechanism and a credentials key; other protocols should not carry them. */
	public static boolean saslSettings(KafkaCluster cluster, DiagnosticChain diagnostics,
			Map<Object, Object> context) {
		SecurityProtocol protocol = cluster.getSecurityProtocol();
		String mechanism = cluster.getSaslMechanism();
		String label = Problems.label(cluster);
		if (protocol != SecurityProtocol.SASL_PLAINTEXT && protocol != SecurityProtocol.SASL_SSL) {
			if (Problems.isBlank(mechanism) && Problems.isBlank(cluster.getCredentialsKey())) {
				return true;
			}
			return Problems.report(diagnostics, TopologyProblem.UNUSED_SASL_SETTINGS, cluster,
					Literals.KAFKA_CLUSTER__SECURITY_PROTOCOL, label, protocol);
		}
		boolean valid = true;
		if (Problems.isBlank(mechanism)) {
			valid = Problems.report(diagnostics, TopologyProblem.SASL_WITHOUT_MECHANISM, cluster,
					Literals.KAFKA_CLUSTER__SASL_MECHANISM, label, protocol);
		} else if (!KNOWN_MECHANISMS.contains(mechanism)) {
			valid = Problems.report(diagnostics, TopologyProblem.UNKNOWN_SASL_MECHANISM, cluster,
					Literals.KAFKA_CLUSTER__SASL_MECHANISM, label, mechanism);
		}
		if (Problems.isBlank(cluster.getCredentialsKey())) {
			valid = Problems.report(diagnostics, TopologyProblem.SASL_WITHOUT_CREDENTIALS, cluster,
					Literals.KAFKA_CLUSTER__CREDENTIALS_KEY, label, protocol);
		}
		return valid;
	}

	/** Passwords, keys and JAAS configurations belong in secure storage, not in a shareable file. */
	public static boolean noSecretsInProperties(KafkaCluster cluster, DiagnosticChain diagnostics,
			Map<Object, Object> context) {
		boolean valid = true;
		for (Property property : cluster.getClientProperties()) {
			if (property.getKey() != null && isSecret(property.getKey())) {
				valid = Problems.report(diagnostics, TopologyProblem.SECRET_IN_CLIENT_PROPERTIES, property,
						Literals.PROPERTY__KEY, Problems.label(cluster), property.getKey());
			}
		}
		return valid;
	}

	/** Each client property has a key, set once, that the cluster's own fields do not already define. */
	public static boolean wellFormedClientProperties(KafkaCluster cluster, DiagnosticChain diagnostics,
			Map<Object, Object> context) {
		boolean valid = true;
		Map<String, Integer> counts = new LinkedHashMap<>();
		for (Property property : cluster.getClientProperties()) {
			String key = property.getKey();
			if (Problems.isBlank(key)) {
				valid = Problems.report(diagnostics, TopologyProblem.MISSING_PROPERTY_KEY, property,
						Literals.PROPERTY__KEY, Problems.label(cluster));
			} else {
				counts.merge(key.strip(), 1, Integer::sum);
				if (MANAGED_KEYS.contains(key.strip())) {
					valid = Problems.report(diagnostics, TopologyProblem.MANAGED_PROPERTY_KEY, property,
							Literals.PROPERTY__KEY, Problems.label(cluster), key);
				}
			}
		}
		for (Map.Entry<String, Integer> count : counts.entrySet()) {
			if (count.getValue() > 1) {
				valid = Problems.report(diagnostics, TopologyProblem.DUPLICATE_PROPERTY_KEY, cluster,
						Literals.KAFKA_CLUSTER__CLIENT_PROPERTIES, Problems.label(cluster), count.getKey(),
						count.getValue());
			}
		}
		return valid;
	}

	private static boolean isSecret(String key) {
		String normalized = key.strip().toLowerCase(Locale.ROOT);
		return SECRET_KEYS.contains(normalized) || normalized.contains("password") || normalized.endsWith(".secret");
	}
}
