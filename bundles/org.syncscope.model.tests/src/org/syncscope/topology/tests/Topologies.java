package org.syncscope.topology.tests;

import org.syncscope.topology.ConflictPolicy;
import org.syncscope.topology.Database;
import org.syncscope.topology.EventFormat;
import org.syncscope.topology.KafkaCluster;
import org.syncscope.topology.KafkaConnectCluster;
import org.syncscope.topology.ServiceReplica;
import org.syncscope.topology.SyncLink;
import org.syncscope.topology.Topology;
import org.syncscope.topology.TopologyFactory;

/**
 * A small valid two-region multi-master topology; each validation test breaks exactly one thing in it, so a
 * failing rule is never hidden by another.
 */
final class Topologies {

	private static final TopologyFactory FACTORY = TopologyFactory.eINSTANCE;

	private Topologies() {
	}

	static Topology twoRegions() {
		Topology topology = FACTORY.createTopology();
		topology.setName("Two regions");
		KafkaCluster kafka = cluster("kafka", "Kafka", "broker-1.internal:9092, broker-2.internal:9092");
		Database eu = database("eu-db", "EU database");
		Database us = database("us-db", "US database");
		topology.getEndpoints().add(kafka);
		topology.getEndpoints().add(eu);
		topology.getEndpoints().add(us);
		topology.getEndpoints().add(replica("orders-eu", "Orders EU", "eu-1", eu));
		topology.getEndpoints().add(replica("orders-us", "Orders US", "us-1", us));
		topology.getLinks().add(link("eu-to-us", "EU to US", eu, us, kafka));
		topology.getLinks().add(link("us-to-eu", "US to EU", us, eu, kafka));
		return topology;
	}

	static KafkaCluster cluster(String id, String name, String bootstrapServers) {
		KafkaCluster cluster = FACTORY.createKafkaCluster();
		cluster.setId(id);
		cluster.setName(name);
		cluster.setBootstrapServers(bootstrapServers);
		return cluster;
	}

	static Database database(String id, String name) {
		Database database = FACTORY.createDatabase();
		database.setId(id);
		database.setName(name);
		database.setJdbcUrl("jdbc:postgresql://" + id + ".internal:5432/orders");
		return database;
	}

	static ServiceReplica replica(String id, String name, String replicaId, Database database) {
		ServiceReplica replica = FACTORY.createServiceReplica();
		replica.setId(id);
		replica.setName(name);
		replica.setReplicaId(replicaId);
		replica.setDatabase(database);
		return replica;
	}

	static SyncLink link(String id, String name, Database source, Database target, KafkaCluster cluster) {
		SyncLink link = FACTORY.createSyncLink();
		link.setId(id);
		link.setName(name);
		link.setSource(source);
		link.setTarget(target);
		link.setCluster(cluster);
		link.setChangeLogTopic("sync." + source.getId() + ".changes");
		link.setApplierGroup("applier." + target.getId() + ".from." + source.getId());
		link.setConflictPolicy(ConflictPolicy.LAST_WRITER_WINS);
		link.getSensitiveFields().add("customer.email");
		return link;
	}

	/**
	 * The two regions as a Debezium pipeline: a Kafka Connect cluster runs each link's source and sink
	 * connectors, which carry {@code public.customers} keyed by {@code id}.
	 */
	static Topology cdcTwoRegions() {
		Topology topology = twoRegions();
		topology.getEndpoints().removeIf(ServiceReplica.class::isInstance);
		KafkaConnectCluster connect = FACTORY.createKafkaConnectCluster();
		connect.setId("connect");
		connect.setName("Connect");
		connect.setRestUrl("http://127.0.0.1:8083");
		connect.setCluster(kafka(topology));
		topology.getEndpoints().add(connect);
		for (SyncLink link : topology.getLinks()) {
			String source = link.getSource().getId();
			link.setEventFormat(EventFormat.DEBEZIUM_JSON);
			link.setConnectCluster(connect);
			link.setSourceConnector(source + "-source");
			link.setSinkConnector(link.getTarget().getId() + "-sink-from-" + source);
			link.setApplierGroup(null);
			link.setChangeLogTopic(source + ".public.customers");
			link.getTables().add("public.customers");
			link.getKeyColumns().add("id");
			link.setOriginColumn("origin");
			link.getSensitiveFields().clear();
		}
		return topology;
	}

	static KafkaConnectCluster connect(Topology topology) {
		return (KafkaConnectCluster) topology.findEndpoint("connect");
	}

	static KafkaCluster kafka(Topology topology) {
		return (KafkaCluster) topology.findEndpoint("kafka");
	}

	static Database eu(Topology topology) {
		return (Database) topology.findEndpoint("eu-db");
	}

	static ServiceReplica ordersEu(Topology topology) {
		return (ServiceReplica) topology.findEndpoint("orders-eu");
	}

	static SyncLink euToUs(Topology topology) {
		return topology.findLink("eu-to-us");
	}

	static SyncLink usToEu(Topology topology) {
		return topology.findLink("us-to-eu");
	}
}
