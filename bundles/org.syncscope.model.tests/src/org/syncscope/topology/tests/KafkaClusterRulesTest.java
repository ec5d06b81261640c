package org.syncscope.topology.tests;

import static org.syncscope.topology.tests.ProblemAssertions.assertProblem;
import static org.syncscope.topology.tests.ProblemAssertions.assertValid;

import org.junit.jupiter.api.Test;
import org.syncscope.topology.KafkaCluster;
import org.syncscope.topology.Property;
import org.syncscope.topology.SecurityProtocol;
import org.syncscope.topology.Topology;
import org.syncscope.topology.TopologyFactory;
import org.syncscope.topology.validation.TopologyProblem;

/** Rules for Kafka clusters: bootstrap list, SASL settings and client properties. */
class KafkaClusterRulesTest {

	@Test
	void missingBootstrapServersIsAnError() {
		Topology topology = Topologies.twoRegions();
		KafkaCluster kafka = Topologies.kafka(topology);
		kafka.setBootstrapServers(null);

		assertProblem(topology, TopologyProblem.MISSING_BOOTSTRAP_SERVERS, kafka,
				"Kafka cluster 'Kafka' has no bootstrap servers; expected host:port[,host:port].");
	}

	@Test
	void bootstrapEntryWithoutPortIsAnError() {
		Topology topology = Topologies.twoRegions();
		KafkaCluster kafka = Topologies.kafka(topology);
		kafka.setBootstrapServers("broker-1:9092,broker-2");

		assertProblem(topology, TopologyProblem.MALFORMED_BOOTSTRAP_SERVERS, kafka,
				"Bootstrap servers of Kafka cluster 'Kafka' must be host:port[,host:port] with ports 1-65535; 'broker-2' is not.");
	}

	@Test
	void saslWithoutMechanismAndCredentialsKeyIsTwoErrors() {
		Topology topology = Topologies.twoRegions();
		KafkaCluster kafka = Topologies.kafka(topology);
		kafka.setSecurityProtocol(SecurityProtocol.SASL_SSL);

		assertProblem(topology, TopologyProblem.SASL_WITHOUT_MECHANISM, kafka,
				"Kafka cluster 'Kafka' uses SASL_SSL but has no SASL mechanism (for example SCRAM-SHA-512).");
		assertProblem(topology, TopologyProblem.SASL_WITHOUT_CREDENTIALS, kafka,
				"Kafka cluster 'Kafka' uses SASL_SSL but has no credentials key; name the secure-storage entry that holds its credentials.");

		kafka.setSaslMechanism("SCRAM-SHA-512");
		kafka.setCredentialsKey("syncscope/kafka/prod");
		assertValid(topology);
	}

	@Test
	void unknownSaslMechanismIsAWarning() {
		Topology topology = Topologies.twoRegions();
		KafkaCluster kafka = Topologies.kafka(topology);
		kafka.setSecurityProtocol(SecurityProtocol.SASL_PLAINTEXT);
		kafka.setCredentialsKey("syncscope/kafka/dev");
		kafka.setSaslMechanism("SCRAM-SHA-1");

		assertProblem(topology, TopologyProblem.UNKNOWN_SASL_MECHANISM, kafka,
				"SASL mechanism 'SCRAM-SHA-1' of Kafka cluster 'Kafka' is not one Kafka ships with (PLAIN, SCRAM-SHA-256, SCRAM-SHA-512, GSSAPI, OAUTHBEARER).");
	}

	@Test
	void saslSettingsWithoutSaslProtocolAreAWarning() {
		Topology topology = Topologies.twoRegions();
		KafkaCluster kafka = Topologies.kafka(topology);
		kafka.setSecurityProtocol(SecurityProtocol.SSL);
		kafka.setCredentialsKey("syncscope/kafka/prod");

		assertProblem(topology, TopologyProblem.UNUSED_SASL_SETTINGS, kafka,
				"Kafka cluster 'Kafka' sets a SASL mechanism or credentials key, but its protocol SSL does not use SASL; they are ignored.");
	}

	@Test
	void secretInClientPropertiesIsAnError() {
		Topology topology = Topologies.twoRegions();
		KafkaCluster kafka = Topologies.kafka(topology);
		Property secret = property(kafka, "ssl.truststore.password", "changeit");

		assertProblem(topology, TopologyProblem.SECRET_IN_CLIENT_PROPERTIES, secret,
				"Client property 'ssl.truststore.password' of Kafka cluster 'Kafka' holds a secret; keep secrets in secure storage under the credentials key, never in the topology file.");

		secret.setKey("ssl.truststore.location");
		assertValid(topology);
	}

	@Test
	void clientPropertyWithoutKeyIsAnError() {
		Topology topology = Topologies.twoRegions();
		KafkaCluster kafka = Topologies.kafka(topology);
		Property property = property(kafka, null, "5");

		assertProblem(topology, TopologyProblem.MISSING_PROPERTY_KEY, property,
				"Kafka cluster 'Kafka' has a client property without a key.");
	}

	@Test
	void clientPropertySetTwiceIsAnError() {
		Topology topology = Topologies.twoRegions();
		KafkaCluster kafka = Topologies.kafka(topology);
		property(kafka, "linger.ms", "5");
		property(kafka, "linger.ms", "10");

		assertProblem(topology, TopologyProblem.DUPLICATE_PROPERTY_KEY, kafka,
				"Client property 'linger.ms' is set 2 times on Kafka cluster 'Kafka'.");
	}

	@Test
	void clientPropertyOverridingAClusterFieldIsAWarning() {
		Topology topology = Topologies.twoRegions();
		KafkaCluster kafka = Topologies.kafka(topology);
		Property property = property(kafka, "bootstrap.servers", "other:9092");

		assertProblem(topology, TopologyProblem.MANAGED_PROPERTY_KEY, property,
				"Client property 'bootstrap.servers' of Kafka cluster 'Kafka' overrides a setting the cluster already defines; edit the cluster's field instead.");
	}

	private static Property property(KafkaCluster cluster, String key, String value) {
		Property property = TopologyFactory.eINSTANCE.createProperty();
		property.setKey(key);
		property.setValue(value);
		cluster.getClientProperties().add(property);
		return property;
	}
}
