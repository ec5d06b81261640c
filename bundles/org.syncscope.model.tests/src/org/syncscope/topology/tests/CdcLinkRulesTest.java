package org.syncscope.topology.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.syncscope.topology.tests.ProblemAssertions.assertProblem;
import static org.syncscope.topology.tests.ProblemAssertions.assertValid;

import org.junit.jupiter.api.Test;
import org.syncscope.topology.CdcLinks;
import org.syncscope.topology.Database;
import org.syncscope.topology.KafkaConnectCluster;
import org.syncscope.topology.ServiceReplica;
import org.syncscope.topology.SyncLink;
import org.syncscope.topology.Topology;
import org.syncscope.topology.TopologyFactory;
import org.syncscope.topology.validation.TopologyProblem;

/** Rules for Debezium links, their Kafka Connect cluster and database credentials. */
class CdcLinkRulesTest {

	@Test
	void debeziumPipelineIsValid() {
		assertValid(Topologies.cdcTwoRegions());
	}

	@Test
	void sinkConnectorNamesTheApplierGroup() {
		SyncLink link = Topologies.euToUs(Topologies.cdcTwoRegions());

		assertEquals("connect-us-db-sink-from-eu-db", CdcLinks.effectiveApplierGroup(link));
	}

	@Test
	void applierGroupOtherThanTheSinksIsAnError() {
		Topology topology = Topologies.cdcTwoRegions();
		SyncLink link = Topologies.euToUs(topology);
		link.setApplierGroup("my-sink");

		assertProblem(topology, TopologyProblem.SINK_GROUP_MISMATCH, link,
				"Applier group 'my-sink' of link 'EU to US' must be 'connect-us-db-sink-from-eu-db' or empty: Kafka Connect names the consumer group of sink connector 'us-db-sink-from-eu-db' after it.");
	}

	@Test
	void cdcLinkWithoutSinkAndApplierGroupHasNoGroup() {
		Topology topology = Topologies.cdcTwoRegions();
		SyncLink link = Topologies.euToUs(topology);
		link.setSinkConnector(null);

		assertProblem(topology, TopologyProblem.MISSING_CONNECTOR, link,
				"Debezium link 'EU to US' names no sink connector; SyncScope cannot check or restart it on Kafka Connect.");
		assertProblem(topology, TopologyProblem.MISSING_APPLIER_GROUP, link,
				"Link 'EU to US' has no applier consumer group.");
	}

	@Test
	void cdcLinkWithoutTablesOrKeysIsAnError() {
		Topology topology = Topologies.cdcTwoRegions();
		SyncLink link = Topologies.euToUs(topology);
		link.getTables().clear();
		link.getKeyColumns().clear();

		assertProblem(topology, TopologyProblem.MISSING_CDC_TABLES, link,
				"Debezium link 'EU to US' carries no tables; list the schema-qualified tables its connectors capture (for example public.customers).");
		assertProblem(topology, TopologyProblem.MISSING_KEY_COLUMNS, link,
				"Debezium link 'EU to US' has no key columns; conflicts and replays are tracked per row key.");
	}

	@Test
	void unqualifiedTableIsAnError() {
		Topology topology = Topologies.cdcTwoRegions();
		SyncLink link = Topologies.euToUs(topology);
		link.getTables().add("orders");

		assertProblem(topology, TopologyProblem.ILLEGAL_CDC_TABLE, link,
				"Table 'orders' of link 'EU to US' is not a schema-qualified table name such as public.customers.");
	}

	@Test
	void illegalColumnNamesAreErrors() {
		Topology topology = Topologies.cdcTwoRegions();
		SyncLink link = Topologies.euToUs(topology);
		link.setOriginColumn("origin region");

		assertProblem(topology, TopologyProblem.ILLEGAL_CDC_COLUMN, link,
				"Origin column 'origin region' of link 'EU to US' is not a legal SQL column name: start with a letter or '_', then letters, digits, '_' or '$'.");
	}

	@Test
	void versionColumnMustBeNeitherKeyNorOrigin() {
		Topology topology = Topologies.cdcTwoRegions();
		SyncLink link = Topologies.euToUs(topology);
		link.setVersionColumn("id");
		SyncLink back = Topologies.usToEu(topology);
		back.setVersionColumn("origin");

		assertProblem(topology, TopologyProblem.VERSION_IS_KEY_COLUMN, link,
				"Version column 'id' of link 'EU to US' is also a key column; a row's key must not change with every write.");
		assertProblem(topology, TopologyProblem.VERSION_IS_ORIGIN_COLUMN, back,
				"Link 'US to EU' uses 'origin' as both version and origin column; the version is an integer, the origin a region name.");
	}

	@Test
	void connectClusterOfAnotherTopologyIsAnError() {
		Topology topology = Topologies.cdcTwoRegions();
		SyncLink link = Topologies.euToUs(topology);
		KafkaConnectCluster stray = TopologyFactory.eINSTANCE.createKafkaConnectCluster();
		stray.setId("stray");
		stray.setName("Stray connect");
		stray.setRestUrl("http://127.0.0.1:8084");
		link.setConnectCluster(stray);

		assertProblem(topology, TopologyProblem.FOREIGN_CONNECT_CLUSTER, link,
				"Link 'EU to US' refers to Kafka Connect cluster 'Stray connect', which is not part of this topology.");
	}

	@Test
	void cdcLinkWithoutConnectClusterIsAWarning() {
		Topology topology = Topologies.cdcTwoRegions();
		SyncLink link = Topologies.euToUs(topology);
		link.setConnectCluster(null);

		assertProblem(topology, TopologyProblem.MISSING_CONNECT_CLUSTER, link,
				"Debezium link 'EU to US' has no Kafka Connect cluster; SyncScope cannot check its connectors.");
	}

	@Test
	void cdcFromAServiceIsAWarning() {
		Topology cdc = Topologies.cdcTwoRegions();
		SyncLink link = Topologies.euToUs(cdc);
		ServiceReplica replica = Topologies.replica("orders-eu", "Orders EU", "eu-1", Topologies.eu(cdc));
		cdc.getEndpoints().add(replica);
		link.setSource(replica);

		assertProblem(cdc, TopologyProblem.CDC_ENDPOINT_NOT_DATABASE, link,
				"The source of Debezium link 'EU to US' is 'Orders EU', which is not a database; Debezium connectors read and write databases.");
	}

	@Test
	void cdcSettingsOnASyncScopeLinkAreAWarning() {
		Topology topology = Topologies.twoRegions();
		SyncLink link = Topologies.euToUs(topology);
		link.getTables().add("public.customers");
		link.setOriginColumn("origin");

		assertProblem(topology, TopologyProblem.UNUSED_CDC_SETTINGS, link,
				"Link 'EU to US' uses the syncscope event format, so its CDC settings (tables, origin column) are ignored; set the event format to debezium-json or clear them.");
	}

	@Test
	void restUrlMustBeHttpWithAPort() {
		Topology topology = Topologies.cdcTwoRegions();
		KafkaConnectCluster connect = Topologies.connect(topology);
		connect.setRestUrl("127.0.0.1:8083");

		assertProblem(topology, TopologyProblem.MALFORMED_REST_URL, connect,
				"REST URL '127.0.0.1:8083' of Kafka Connect cluster 'Connect' must be http(s)://host:port with a port from 1 to 65535.");
	}

	@Test
	void credentialsInRestUrlAreAnError() {
		Topology topology = Topologies.cdcTwoRegions();
		KafkaConnectCluster connect = Topologies.connect(topology);
		connect.setRestUrl("http://admin:secret@127.0.0.1:8083");

		assertProblem(topology, TopologyProblem.CREDENTIALS_IN_REST_URL, connect,
				"REST URL of Kafka Connect cluster 'Connect' carries user information; keep the credentials in secure storage under the credentials key, never in the topology file.");
	}

	@Test
	void passwordInJdbcUrlIsAnError() {
		Topology topology = Topologies.cdcTwoRegions();
		Database eu = Topologies.eu(topology);
		eu.setJdbcUrl("jdbc:postgresql://eu-db:5432/orders?user=sync&password=hunter2");

		assertProblem(topology, TopologyProblem.PASSWORD_IN_JDBC_URL, eu,
				"JDBC URL of database 'EU database' carries a password; keep it in secure storage under the credentials key, never in the topology file.");
	}

	@Test
	void jdbcUrlWithUserButNoPasswordIsValid() {
		Topology topology = Topologies.cdcTwoRegions();
		Topologies.eu(topology).setJdbcUrl("jdbc:postgresql://eu-db:5432/orders?user=sync&ApplicationName=x");

		assertValid(topology);
	}
}
