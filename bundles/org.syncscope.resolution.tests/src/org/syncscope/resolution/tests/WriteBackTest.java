package org.syncscope.resolution.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.syncscope.core.event.ChangeEvent;
import org.syncscope.core.vv.Causality;
import org.syncscope.kafka.broker.LocalKafkaBroker;
import org.syncscope.kafka.monitor.ClusterSpec;
import org.syncscope.kafka.monitor.LinkSnapshot;
import org.syncscope.kafka.monitor.LinkSpec;
import org.syncscope.kafka.monitor.MonitorSettings;
import org.syncscope.kafka.monitor.MonitoringService;
import org.syncscope.resolution.Applied;
import org.syncscope.resolution.ConflictState;
import org.syncscope.resolution.ConsoleRuntime;
import org.syncscope.resolution.ConsoleSettings;
import org.syncscope.resolution.Decision;
import org.syncscope.resolution.ResolutionService;
import org.syncscope.resolution.StoredConflict;
import org.syncscope.simulator.SimulatorSettings;
import org.syncscope.simulator.SyncSimulator;
import org.syncscope.store.audit.AuditQuery;
import org.syncscope.testing.Await;
import org.syncscope.testing.TestOutput;
import org.syncscope.testing.kafka.KafkaBrokerExtension;
import org.syncscope.testing.kafka.SampleTopology;

/**
 * End to end on a real broker: the simulator writes concurrently, monitoring captures a conflict with its
 * full versions into Derby, the service resolves it, the outbox publisher writes the resolution to the link's
 * change log with a dominating vector, and the detector then reports the key clean, which closes the stored
 * conflict.
 */
@ExtendWith(KafkaBrokerExtension.class)
class WriteBackTest {

	private static final Duration TIMEOUT = Duration.ofSeconds(60);
	private static final SimulatorSettings SCENARIO = new SimulatorSettings(List.of("eu-west", "us-east", "ap-south"),
			500, 40, 0.1, 0.0, 0, Duration.ZERO, Duration.ZERO, Duration.ofMinutes(5), 3, 7L);

	@Test
	void aSimulatedConflictIsResolvedWrittenBackAndReportedClean(LocalKafkaBroker broker) throws Exception {
		List<String> errors = new CopyOnWriteArrayList<>();
		MonitoringService monitoring = new MonitoringService();
		try (SyncSimulator simulator = SyncSimulator.start(broker.bootstrapServers(), SCENARIO)) {
			ClusterSpec cluster = SampleTopology.clusterAt(broker.bootstrapServers());
			monitoring.start(List.of(cluster), MonitorSettings.defaults().fromBeginning());
			try (ConsoleRuntime runtime = ConsoleRuntime.start(TestOutput.scratchFolder("write-back-").resolve("db"),
					monitoring, new ConsoleSettings("tester", false, ConsoleSettings.RESOLVER_REPLICA),
					Clock.systemUTC(), errors::add)) {
				ResolutionService service = runtime.service();
				Await.until("a conflict captured in full", TIMEOUT,
						() -> pending(service).stream().anyMatch(StoredConflict::complete));
				simulator.pauseWriters();
				runtime.recorder().flush().get();
				StoredConflict conflict = pending(service).stream().filter(StoredConflict::complete).findFirst()
						.orElseThrow();
				LinkSpec link = service.link(conflict.linkId()).orElseThrow();

				ChangeEvent kept = conflict.siblings().get(0);
				Applied applied = service.apply(service.propose(conflict, new Decision.KeepVersion(kept.eventId())),
						"keep the first version");

				Await.until("the detector to close " + conflict.key(), TIMEOUT,
						() -> state(service, conflict.id()) == ConflictState.CLOSED);
				Await.until("the monitoring snapshot to drop " + conflict.key(), TIMEOUT,
						() -> monitoring.latest().link(link.id()).map(LinkSnapshot::openConflicts).orElseThrow()
								.stream().noneMatch(open -> open.key().equals(conflict.key())));
				List<ChangeEvent> published = TopicRecords.resolutions(broker.bootstrapServers(), link.topic(),
						applied.resolutionId());
				assertEquals(1, published.size(), "one resolution event on " + link.topic());
				for (ChangeEvent sibling : conflict.siblings()) {
					assertEquals(Causality.AFTER, published.get(0).version().compare(sibling.version()),
							"the resolution dominates " + sibling.eventId());
				}
				assertEquals(kept.payload(), published.get(0).payload());
				assertTrue(service.conflict(conflict.id()).orElseThrow().stateReason().contains("written back"));
				assertEquals(1, service.audit(new AuditQuery(link.id(), "RESOLVE_KEEP_VERSION", "", 10)).size());
				assertFalse(service.pending().stream().anyMatch(c -> c.key().equals(conflict.key())),
						"the same conflict seen on the reverse link closed too");
			}
		} finally {
			monitoring.stop();
		}
		assertTrue(errors.isEmpty(), errors.toString());
	}

	private static List<StoredConflict> pending(ResolutionService service) {
		try {
			return service.pending();
		} catch (java.sql.SQLException e) {
			throw new AssertionError(e);
		}
	}

	private static ConflictState state(ResolutionService service, long id) {
		try {
			return service.conflict(id).orElseThrow().state();
		} catch (java.sql.SQLException e) {
			throw new AssertionError(e);
		}
	}
}
