package org.syncscope.connect.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.Test;
import org.syncscope.connect.monitor.ConnectClusterSpec;
import org.syncscope.connect.monitor.ConnectClusterSpec.LinkConnectors;
import org.syncscope.connect.monitor.ConnectClusterSpec.SourceDatabase;
import org.syncscope.connect.monitor.ConnectSpecs;
import org.syncscope.connect.monitor.Logins;
import org.syncscope.topology.Database;
import org.syncscope.topology.EventFormat;
import org.syncscope.topology.KafkaConnectCluster;
import org.syncscope.topology.SyncLink;
import org.syncscope.topology.Topology;
import org.syncscope.topology.TopologyFactory;

/**
 * What Connect monitoring reads out of a topology: the enabled CDC links' connectors, per Connect cluster, with
 * the source database and the logins their credentials keys give.
 */
class ConnectSpecsTest {

	private final TopologyFactory factory = TopologyFactory.eINSTANCE;

	@Test
	void enabledCdcLinksOfAClusterWithItsAuthorization() throws Exception {
		Topology topology = factory.createTopology();
		KafkaConnectCluster connect = factory.createKafkaConnectCluster();
		connect.setId("connect");
		connect.setName("Connect");
		connect.setRestUrl("http://127.0.0.1:8083");
		connect.setCredentialsKey("connect-admin");
		topology.getEndpoints().add(connect);
		Database eu = TopologyFactory.eINSTANCE.createDatabase();
		eu.setId("eu-db");
		eu.setJdbcUrl("jdbc:postgresql://127.0.0.1:5433/shop");
		eu.setCredentialsKey("eu-db-login");
		topology.getEndpoints().add(eu);
		SyncLink cdc = link("eu-to-us", EventFormat.DEBEZIUM_JSON, connect, true);
		cdc.setSource(eu);
		topology.getLinks().add(cdc);
		topology.getLinks().add(link("off", EventFormat.DEBEZIUM_JSON, connect, false));
		topology.getLinks().add(link("own-format", EventFormat.SYNCSCOPE, connect, true));

		List<ConnectClusterSpec> specs = ConnectSpecs.of(topology,
				key -> Optional.of(new Logins.Login(key, "secret".toCharArray())));

		assertEquals(1, specs.size());
		ConnectClusterSpec spec = specs.get(0);
		assertEquals(URI.create("http://127.0.0.1:8083"), spec.restUrl());
		assertEquals(Optional.of("Basic Y29ubmVjdC1hZG1pbjpzZWNyZXQ="), spec.authorization(), "connect-admin:secret");
		assertEquals(List.of(new LinkConnectors("eu-to-us", Optional.of("eu-to-us-source"), Optional.of("eu-to-us-sink"),
				Optional.of(new SourceDatabase("jdbc:postgresql://127.0.0.1:5433/shop", Optional.of("eu-db-login"),
						Optional.of("secret"), List.of("public.customers"))))), spec.links(),
				"the source database with the login its key gives and the carried tables");
	}

	@Test
	void aTopologyWithoutCdcLinksWatchesNothing() throws Exception {
		assertTrue(ConnectSpecs.of(factory.createTopology(), Logins.NONE).isEmpty());
	}

	private SyncLink link(String id, EventFormat format, KafkaConnectCluster connect, boolean enabled) {
		SyncLink link = factory.createSyncLink();
		link.setId(id);
		link.setEventFormat(format);
		link.setConnectCluster(connect);
		link.setSourceConnector(id + "-source");
		link.setSinkConnector(id + "-sink");
		link.setEnabled(enabled);
		link.getTables().add("public.customers");
		return link;
	}
}
