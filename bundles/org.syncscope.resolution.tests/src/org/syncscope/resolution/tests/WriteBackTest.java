package org.syncscope.resolution.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.apache.kafka.clients.producer.Producer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.syncscope.core.event.ChangeEvent;
import org.syncscope.core.event.EventCodec;
import org.syncscope.core.vv.Causality;
import org.syncscope.kafka.KafkaClients;
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
						() -> Fixtures.pending(service).stream().anyMatch(StoredConflict::complete));
				simulator.pauseWriters();
				runtime.recorder().flush().get();
				StoredConflict conflict = Fixtures.pending(service).stream().filter(StoredConflict::complete).findFirst()
						.orElseThrow();
				LinkSpec link = service.link(conflict.linkId()).orElseThrow();
				List<StoredConflict> stored = Fixtures.pending(service);
				assertEquals(stored.size(), stored.stream().map(c -> c.key() + c.siblings().stream()
						.map(ChangeEvent::eventId).sorted().toList()).distinct().count(),
						"each conflict stored once, not once per direction of its pair of regions");

				ChangeEvent kept = conflict.siblings().get(0);
				Applied applied = service.apply(service.propose(conflict, new Decision.KeepVersion(kept.eventId())),
						"keep the first version");

				Await.until("the detector to close " + conflict.key(), TIMEOUT,
						() -> Fixtures.state(service, conflict.id()) == ConflictState.CLOSED);
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

	@Test
	void aConflictStoredBeforeARestartIsClosedWhenItsResolutionIsSeen(LocalKafkaBroker broker) throws Exception {
		List<String> errors = new CopyOnWriteArrayList<>();
		java.nio.file.Path db = TestOutput.scratchFolder("write-back-restart-").resolve("db");
		ConsoleSettings settings = new ConsoleSettings("tester", false, ConsoleSettings.RESOLVER_REPLICA);
		ClusterSpec cluster = SampleTopology.clusterAt(broker.bootstrapServers());
		try (SyncSimulator simulator = SyncSimulator.start(broker.bootstrapServers(), SCENARIO)) {
			StoredConflict conflict;
			MonitoringService before = new MonitoringService();
			before.start(List.of(cluster), MonitorSettings.defaults().fromBeginning());
			try (ConsoleRuntime runtime = ConsoleRuntime.start(db, before, settings, Clock.systemUTC(), errors::add)) {
				Await.until("a conflict captured in full", TIMEOUT,
						() -> Fixtures.pending(runtime.service()).stream().anyMatch(StoredConflict::complete));
				simulator.pauseWriters();
				runtime.recorder().flush().get();
				conflict = Fixtures.pending(runtime.service()).stream().filter(StoredConflict::complete).findFirst().orElseThrow();
			} finally {
				before.stop();
			}

			// the restart: monitoring reads from the end of the logs, its detectors know nothing of the conflict
			MonitoringService after = new MonitoringService();
			after.start(List.of(cluster), MonitorSettings.defaults());
			try (ConsoleRuntime runtime = ConsoleRuntime.start(db, after, settings, Clock.systemUTC(), errors::add)) {
				Await.until("the restarted readers to check a probe on every link", TIMEOUT, () -> {
					writeProbes(broker.bootstrapServers(), cluster);
					return after.latest().links().size() == cluster.links().size()
							&& after.latest().links().stream().allMatch(link -> link.detector().events() > 0);
				});
				ResolutionService service = runtime.service();
				StoredConflict stored = service.conflict(conflict.id()).orElseThrow();
				assertEquals(ConflictState.OPEN, stored.state(), "still open after the restart");
				ChangeEvent kept = stored.siblings().get(0);
				service.apply(service.propose(stored, new Decision.KeepVersion(kept.eventId())), "keep the first version");
				Await.until("the resolution of " + conflict.key() + " to close the conflict stored before", TIMEOUT,
						() -> Fixtures.state(service, conflict.id()) == ConflictState.CLOSED);
				assertTrue(service.conflict(conflict.id()).orElseThrow().stateReason().contains("written back"),
						service.conflict(conflict.id()).orElseThrow().stateReason());
				assertFalse(service.pending().stream().anyMatch(c -> c.key().equals(conflict.key())),
						"the same conflict stored for the reverse link closed too");
			} finally {
				after.stop();
			}
		}
		assertTrue(errors.isEmpty(), errors.toString());
	}

	/** One event on a key of its own into every change log: what tells that the readers are positioned. */
	private static void writeProbes(String bootstrapServers, ClusterSpec cluster) {
		try (Producer<byte[], byte[]> producer = KafkaClients
				.bytesProducer(KafkaClients.config(bootstrapServers, java.util.Map.of()))) {
			for (String log : cluster.changeLogs()) {
				ChangeEvent probe = Fixtures.event("restart-probe", "probe", System.currentTimeMillis(), "{}", "probe",
						System.nanoTime());
				producer.send(new ProducerRecord<>(log, probe.key().getBytes(StandardCharsets.UTF_8),
						new EventCodec().encode(probe)));
			}
			producer.flush();
		}
	}
}
