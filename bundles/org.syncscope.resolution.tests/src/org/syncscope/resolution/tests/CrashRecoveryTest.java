package org.syncscope.resolution.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Statement;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.TimeUnit;

import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.NewTopic;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.syncscope.core.conflict.ConflictDetector;
import org.syncscope.core.conflict.ConflictListener;
import org.syncscope.core.conflict.DetectorConfig;
import org.syncscope.core.conflict.Outcome;
import org.syncscope.core.event.ChangeEvent;
import org.syncscope.core.policy.ConflictPolicy;
import org.syncscope.kafka.KafkaClients;
import org.syncscope.kafka.broker.LocalKafkaBroker;
import org.syncscope.kafka.monitor.ClusterSpec;
import org.syncscope.kafka.monitor.LinkSpec;
import org.syncscope.kafka.outbox.OutboxPublisher;
import org.syncscope.resolution.ConflictRecorder;
import org.syncscope.resolution.ConflictState;
import org.syncscope.resolution.ConsoleSettings;
import org.syncscope.resolution.ResolutionService;
import org.syncscope.resolution.RowWriteBack;
import org.syncscope.resolution.StoredConflict;
import org.syncscope.store.SyncScopeStore;
import org.syncscope.store.audit.AuditQuery;
import org.syncscope.store.outbox.Outbox;
import org.syncscope.store.outbox.OutboxEntry;
import org.syncscope.testing.TestOutput;
import org.syncscope.testing.kafka.KafkaBrokerExtension;

/**
 * The outbox survives a crash between the Derby commit and the publish: a separate JVM resolves a conflict
 * and is killed with -9 right after its commit; the next start publishes the pending resolution, and the
 * topic then holds exactly one resolution event, even when the publisher drains again.
 */
@ExtendWith(KafkaBrokerExtension.class)
class CrashRecoveryTest {

	static final String CLUSTER = "crash-cluster";
	private static final String TOPIC = "crash.a.changes";

	@Test
	void aResolutionCommittedBeforeAKillIsPublishedExactlyOnceAtTheNextStart(LocalKafkaBroker broker)
			throws Exception {
		createTopic(broker.bootstrapServers());
		LinkSpec link = Fixtures.link("crash-link", TOPIC, null, ConflictPolicy.MANUAL);
		Path folder = TestOutput.scratchFolder("crash-");
		Path db = folder.resolve("db");
		long conflictId = seedConflict(db, link);

		Process child = ChildJvm.start(Set.of("org.syncscope.resolution.tests", "org.syncscope.resolution",
				"org.syncscope.core", "org.syncscope.store", "org.syncscope.kafka", "com.fasterxml.jackson.core.jackson-core",
				"com.fasterxml.jackson.core.jackson-databind", "com.fasterxml.jackson.core.jackson-annotations", "derby",
				"derbyshared", "derbytools"), CrashingResolver.class, folder.resolve("child.err"), db.toString(),
				String.valueOf(conflictId), link.id(), TOPIC);
		try (BufferedReader out = new BufferedReader(new InputStreamReader(child.getInputStream(),
				StandardCharsets.UTF_8))) {
			String line = out.readLine();
			assertEquals(CrashingResolver.COMMITTED, line,
					"child output; its stderr: " + Files.readString(folder.resolve("child.err")));
			child.destroyForcibly();
			assertTrue(child.waitFor(30, TimeUnit.SECONDS));
		}
		assertEquals(137, child.exitValue(), "killed with SIGKILL");

		try (SyncScopeStore store = SyncScopeStore.open(db)) {
			List<OutboxEntry> pending = store.read(Outbox::pending);
			assertEquals(1, pending.size(), "the commit survived the kill");
			String resolutionId = pending.get(0).resolutionId();
			assertTrue(TopicRecords.resolutions(broker.bootstrapServers(), TOPIC, resolutionId).isEmpty(),
					"nothing was published before the kill");
			ResolutionService service = new ResolutionService(store, Fixtures.directory(link, CLUSTER),
					ConsoleSettings.fromSystem(), Clock.systemUTC(), () -> {
					}, RowWriteBack.NONE);
			assertEquals(ConflictState.RESOLVED, service.conflict(conflictId).orElseThrow().state());
			assertEquals(1, service.audit(AuditQuery.ALL).size());

			ClusterSpec cluster = new ClusterSpec(CLUSTER, "crash", broker.bootstrapServers(), Map.of(), List.of());
			try (OutboxPublisher publisher = new OutboxPublisher(store, id -> Optional.of(cluster),
					Clock.systemUTC())) {
				assertEquals(1, publisher.drain().get(30, TimeUnit.SECONDS), "finished at the next start");
				assertEquals(0, publisher.drain().get(30, TimeUnit.SECONDS), "sent once");
			}
			assertTrue(store.read(Outbox::pending).isEmpty());
			List<ChangeEvent> published = TopicRecords.resolutions(broker.bootstrapServers(), TOPIC, resolutionId);
			assertEquals(1, published.size(), "exactly one resolution event on the topic");
			assertEquals(resolutionId, published.get(0).eventId().toString());

			store.inTransaction(connection -> {
				try (Statement statement = connection.createStatement()) {
					return statement.executeUpdate("UPDATE outbox SET state = 'PENDING'");
				}
			});
			try (OutboxPublisher publisher = new OutboxPublisher(store, id -> Optional.of(cluster),
					Clock.systemUTC())) {
				assertEquals(1, publisher.drain().get(30, TimeUnit.SECONDS), "a crash after send, before marking");
			}
			List<ChangeEvent> twice = TopicRecords.resolutions(broker.bootstrapServers(), TOPIC, resolutionId);
			assertEquals(List.of(published.get(0), published.get(0)), twice, "the same event, byte for byte");
			assertDetectorTakesTheRepeatAsADuplicate(twice);
		}
	}

	/** Publishing twice is harmless: the detector closes the conflict once and counts the repeat as a duplicate. */
	private static void assertDetectorTakesTheRepeatAsADuplicate(List<ChangeEvent> twice) {
		List<ChangeEvent> events = Fixtures.disjointEdits("order-crash");
		ConflictDetector detector = new ConflictDetector("crash-link", DetectorConfig.DEFAULT, Clock.systemUTC(),
				ConflictListener.NONE);
		List<Outcome> outcomes = List.of(detector.observe(events.get(0)), detector.observe(events.get(1)),
				detector.observe(events.get(2)), detector.observe(twice.get(0)), detector.observe(twice.get(1)));
		assertEquals(List.of(Outcome.NEW_KEY, Outcome.ADVANCED, Outcome.CONFLICT_OPENED, Outcome.CONFLICT_CLOSED,
				Outcome.DUPLICATE), outcomes);
	}

	private static long seedConflict(Path db, LinkSpec link) throws Exception {
		List<ChangeEvent> events = Fixtures.disjointEdits("order-crash");
		try (SyncScopeStore store = SyncScopeStore.open(db);
				ConflictRecorder recorder = new ConflictRecorder(store, Clock.systemUTC(), error -> {
					throw new AssertionError(error);
				})) {
			recorder.captured(Fixtures.captured(link, events.subList(1, 3), Optional.of(events.get(0))));
			recorder.flush().get();
			List<StoredConflict> pending = new ResolutionService(store, Fixtures.directory(link, CLUSTER),
					ConsoleSettings.fromSystem(), Clock.systemUTC(), () -> {
					}, RowWriteBack.NONE).pending();
			return pending.get(0).id();
		}
	}

	private static void createTopic(String bootstrapServers) throws Exception {
		try (Admin admin = KafkaClients.admin(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers))) {
			admin.createTopics(List.of(new NewTopic(TOPIC, 1, (short) 1))).all().get(30, TimeUnit.SECONDS);
		}
	}
}
