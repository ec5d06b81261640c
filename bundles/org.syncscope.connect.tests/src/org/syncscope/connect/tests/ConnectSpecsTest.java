package org.syncscope.connect.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.Test;
import org.syncscope.connect.monitor.ConnectAuthorization;
import org.syncscope.connect.monitor.ConnectClusterSpec;
import org.syncscope.connect.monitor.ConnectClusterSpec.LinkConnectors;
import org.syncscope.connect.monitor.ConnectSpecs;
import org.syncscope.topology.EventFormat;
import org.syncscope.topology.KafkaConnectCluster;
import org.syncscope.topology.SyncLink;
import org.syncscope.topology.Topology;
import org.syncscope.topology.TopologyFactory;

/** What Connect monitoring reads out of a topology: the enabled CDC links' connectors, per Connect cluster. */
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
		topology.getLinks().add(link("eu-to-us", EventFormat.DEBEZIUM_JSON, connect, true));
		topology.getLinks().add(link("off", EventFormat.DEBEZIUM_JSON, connect, false));
		topology.getLinks().add(link("own-format", EventFormat.SYNCSCOPE, connect, true));

		List<ConnectClusterSpec> specs = ConnectSpecs.of(topology,
				key -> Optional.of(ConnectAuthorization.basic(key, "secret".toCharArray())));

		assertEquals(1, specs.size());
		ConnectClusterSpec spec = specs.get(0);
		assertEquals(URI.create("http://127.0.0.1:8083"), spec.restUrl());
		assertEquals(Optional.of("Basic Y29ubmVjdC1hZG1pbjpzZWNyZXQ="), spec.authorization(), "connect-admin:secret");
		assertEquals(List.of(new LinkConnectors("eu-to-us", Optional.of("eu-to-us-source"), Optional.of("eu-to-us-sink"))),
				spec.links());
	}

	@Test
	void aTopologyWithoutCdcLinksWatchesNothing() throws Exception {
		assertTrue(ConnectSpecs.of(factory.createTopology(), ConnectAuthorization.NONE).isEmpty());
	}

	private SyncLink link(String id, EventFormat format, KafkaConnectCluster connect, boolean enabled) {
		SyncLink link = factory.createSyncLink();
		link.setId(id);
		link.setEventFormat(format);
		link.setConnectCluster(connect);
		link.setSourceConnector(id + "-source");
		link.setSinkConnector(id + "-sink");
		link.setEnabled(enabled);
		return link;
	}
}
