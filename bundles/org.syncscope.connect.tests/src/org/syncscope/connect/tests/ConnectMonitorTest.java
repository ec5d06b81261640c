package org.syncscope.connect.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.function.Predicate;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.syncscope.connect.monitor.ConnectClusterSpec;
import org.syncscope.connect.monitor.ConnectClusterSpec.LinkConnectors;
import org.syncscope.connect.monitor.ConnectHealth;
import org.syncscope.connect.monitor.ConnectMonitor;
import org.syncscope.connect.monitor.ConnectText;
import org.syncscope.connect.monitor.LinkConnectState;
import org.syncscope.connect.pipeline.ConnectorConfigs;
import org.syncscope.jdbc.postgres.LocalPostgres;
import org.syncscope.kafka.broker.LocalKafkaBroker;
import org.syncscope.testing.Await;
import org.syncscope.testing.kafka.KafkaBrokerExtension;

/**
 * Connect monitoring on the real pipeline: links show their connectors RUNNING, a sink PAUSED, a task FAILED
 * with its trace, a connector that does not exist; the worker stopped makes every link DOWN with the cause,
 * and they recover by themselves when it is back.
 */
@ExtendWith(KafkaBrokerExtension.class)
class ConnectMonitorTest {

	private static final Duration TIMEOUT = TwoRegionPipeline.TIMEOUT;
	private static final String SINK = TwoRegionPipeline.sink("left", "right");

	@Test
	void linksShowTheirConnectorsAndConnectGoneAndBack(LocalKafkaBroker broker) throws Exception {
		try (TwoRegionPipeline pipeline = TwoRegionPipeline.start(broker, "left", "right")) {
			// a sink whose database does not exist fails on its first batch
			pipeline.client().putConnector("left-broken", ConnectorConfigs.syncscopeJdbcSink(
					List.of(TwoRegionPipeline.topic("left")), pipeline.region("right").jdbcUrl("nope"),
					LocalPostgres.SUPERUSER, "right"));
			pipeline.execute("left", "INSERT INTO customers (id, name) VALUES (1, 'Ada')");

			ConnectMonitor monitor = new ConnectMonitor();
			monitor.start(List.of(new ConnectClusterSpec("connect", "Local Connect", pipeline.worker().restUrl(),
					Optional.empty(), List.of(
							new LinkConnectors("left-to-right", Optional.of(TwoRegionPipeline.source("left")),
									Optional.of(SINK)),
							new LinkConnectors("broken", Optional.empty(), Optional.of("left-broken")),
							new LinkConnectors("missing", Optional.empty(), Optional.of("no-such-sink"))))),
					Duration.ofMillis(500), Clock.systemUTC());
			try {
				LinkConnectState running = await(monitor, "left-to-right", ConnectHealth.RUNNING);
				assertEquals("RUNNING", ConnectText.cell(running));

				LinkConnectState failed = await(monitor, "broken", ConnectHealth.FAILED);
				assertEquals("sink FAILED", ConnectText.cell(failed));
				assertTrue(ConnectText.details(failed).contains("\"nope\""), () -> ConnectText.details(failed));

				LinkConnectState missing = await(monitor, "missing", ConnectHealth.MISSING);
				assertEquals("sink MISSING", ConnectText.cell(missing));
				assertTrue(ConnectText.details(missing).contains("no-such-sink does not exist"),
						() -> ConnectText.details(missing));

				pipeline.client().pause(SINK);
				LinkConnectState paused = await(monitor, "left-to-right",
						state -> ConnectText.cell(state).equals("sink PAUSED"));
				assertEquals(ConnectHealth.NOT_RUNNING, paused.health());

				int port = pipeline.worker().restUrl().getPort();
				pipeline.stopWorker();
				for (String link : List.of("left-to-right", "broken", "missing")) {
					LinkConnectState down = await(monitor, link, ConnectHealth.DOWN);
					assertEquals("Connect DOWN", ConnectText.cell(down));
					assertEquals("Kafka Connect Local Connect is DOWN: Cannot connect to Kafka Connect at 127.0.0.1:"
							+ port + ": Connection refused", ConnectText.details(down));
				}

				pipeline.startWorkerAgain();
				await(monitor, "left-to-right", state -> ConnectText.cell(state).equals("sink PAUSED"));
				pipeline.client().resume(SINK);
				await(monitor, "left-to-right", ConnectHealth.RUNNING);
			} finally {
				monitor.stop();
			}
		}
	}

	private static LinkConnectState await(ConnectMonitor monitor, String link, ConnectHealth health) {
		return await(monitor, link, state -> state.health() == health);
	}

	private static LinkConnectState await(ConnectMonitor monitor, String link, Predicate<LinkConnectState> condition) {
		Await.until("link " + link + " to match (last: " + monitor.link(link).map(ConnectText::cell) + ")", TIMEOUT,
				() -> monitor.link(link).filter(condition).isPresent());
		return monitor.link(link).orElseThrow();
	}
}
