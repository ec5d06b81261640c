package org.syncscope.replay.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.TimeUnit;

import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.RecordsToDelete;
import org.apache.kafka.clients.producer.Producer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.header.internals.RecordHeader;
import org.eclipse.core.runtime.NullProgressMonitor;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.syncscope.kafka.KafkaClients;
import org.syncscope.kafka.broker.LocalKafkaBroker;
import org.syncscope.replay.KeyFilter;
import org.syncscope.replay.PartitionSpan;
import org.syncscope.replay.ReplayException;
import org.syncscope.replay.ReplayHeaders;
import org.syncscope.replay.ReplayJob;
import org.syncscope.replay.ReplayLink;
import org.syncscope.replay.ReplayListener;
import org.syncscope.replay.ReplayPlan;
import org.syncscope.replay.ReplayRange;
import org.syncscope.replay.ReplayRequest;
import org.syncscope.replay.ReplayResult;
import org.syncscope.replay.ReplayService;
import org.syncscope.replay.ReplaySettings;
import org.syncscope.replay.ReplayState;
import org.syncscope.store.SyncScopeStore;
import org.syncscope.testing.TestOutput;
import org.syncscope.testing.kafka.KafkaBrokerExtension;

/**
 * Bad input is refused with a clear message before anything is written; the loop guard refuses events
 * replayed too often; every replay leaves a job row and audit rows.
 */
@ExtendWith(KafkaBrokerExtension.class)
class ReplayChecksTest {

	private SyncScopeStore store;

	@BeforeEach
	void openStore() throws Exception {
		store = SyncScopeStore.open(TestOutput.scratchFolder("replay-checks-").resolve("db"));
	}

	@AfterEach
	void closeStore() throws Exception {
		store.close();
	}

	@Test
	void badRangesTopicsAndTargetsAreRefusedBeforeAnythingIsWritten(LocalKafkaBroker broker) throws Exception {
		ReplayFixture fixture = new ReplayFixture(broker);
		String source = ReplayFixture.unique("bad.changes");
		String target = ReplayFixture.unique("bad.replay");
		fixture.createTopics(2, source, target);
		fixture.produce(source, 2, 20, System.currentTimeMillis() - 3_600_000);
		try (Admin admin = KafkaClients.admin(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, broker.bootstrapServers()))) {
			// as retention would: offsets 0..4 of partition 1 are gone
			admin.deleteRecords(Map.of(new TopicPartition(source, 1), RecordsToDelete.beforeOffset(5))).all()
					.get(30, TimeUnit.SECONDS);
		}
		ReplayLink link = fixture.link(source, target);
		ReplayService service = new ReplayService(store, ReplaySettings.DEFAULT);

		assertRefused(service, link, offsets(0, 10, 25), target, "beyond the end of the log: the next offset to be written is 20");
		assertRefused(service, link, offsets(1, 2, 10), target, "now starts at offset 5 (older events were deleted by retention)");
		assertRefused(service, link, offsets(0, 7, 7), target, "is empty");
		assertRefused(service, link, offsets(5, 0, 1), target, "has partitions 0 to 1; partition 5 does not exist");
		assertRefused(service, link, offsets(0, 0, 5), "not.allowed", "is not an allowed replay target");
		assertRefused(new ReplayService(store, ReplaySettings.DEFAULT), fixture.link(ReplayFixture.unique("missing")),
				offsets(0, 0, 1), null, "does not exist on the cluster");
		assertRefused(service, link, new ReplayRange.ByTime(Instant.ofEpochMilli(1_900_000_000_000L),
				Instant.ofEpochMilli(1_900_000_100_000L)), target, "No partition of");
		ReplayException noKeys = assertThrows(ReplayException.class, () -> service.plan(new ReplayRequest(link,
				offsets(0, 0, 20), KeyFilter.parse("keys:absent"), target, "why", "tester"), new NullProgressMonitor()));
		assertTrue(noKeys.getMessage().contains("Nothing to replay"), noKeys.getMessage());
		ReplayException noReason = assertThrows(ReplayException.class, () -> service.plan(new ReplayRequest(link,
				offsets(0, 0, 20), KeyFilter.ALL, target, " ", "tester"), new NullProgressMonitor()));
		assertTrue(noReason.getMessage().contains("reason is required"), noReason.getMessage());

		assertEquals(0, fixture.readAll(target, "read_uncommitted").size(), "nothing was written");
		assertEquals(List.of(), service.jobs().recent(10), "no job was started");
	}

	@Test
	void loopGuardRefusesEventsReplayedTooOften(LocalKafkaBroker broker) throws Exception {
		ReplayFixture fixture = new ReplayFixture(broker);
		String source = ReplayFixture.unique("loop.changes");
		fixture.createTopics(1, source);
		try (Producer<byte[], byte[]> producer = KafkaClients.bytesProducer(
				Map.of(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, broker.bootstrapServers()))) {
			ReplayHeaders.Writer earlier = new ReplayHeaders.Writer(UUID.randomUUID().toString());
			for (int i = 0; i < 10; i++) {
				ProducerRecord<byte[], byte[]> record = new ProducerRecord<>(source, 0, ReplayFixture.bytes("k" + i),
						ReplayFixture.CODEC.encode(ReplayFixture.event("k" + i, 1)));
				record.headers().add(new RecordHeader(ReplayHeaders.NAME, earlier.value(i % 4, 0, i)));
				producer.send(record).get(30, TimeUnit.SECONDS);
			}
		}
		ReplayService service = new ReplayService(store, ReplaySettings.DEFAULT.withMaxReplayCount(3));
		ReplayPlan plan = service.plan(new ReplayRequest(fixture.link(source), offsets(0, 0, 10), KeyFilter.ALL, source,
				"loop guard", "tester"), new NullProgressMonitor());
		assertEquals(2, plan.refused(), "k3 and k7 were replayed 3 times already");
		assertEquals(8, plan.total());
		ReplayResult result = service.execute(plan, ReplayListener.NONE, new NullProgressMonitor());
		assertEquals(8, result.done());
		List<Integer> counts = new ArrayList<>();
		fixture.readAll(source, "read_committed").stream().filter(r -> r.offset() >= 10)
				.forEach(r -> counts.add(ReplayHeaders.replayCount(r.headers())));
		assertEquals(List.of(1, 2, 3, 1, 2, 3, 1, 2), counts);
	}

	@Test
	void everyReplayIsRecordedWithItsAuditRows(LocalKafkaBroker broker) throws Exception {
		ReplayFixture fixture = new ReplayFixture(broker);
		String source = ReplayFixture.unique("audit.changes");
		fixture.createTopics(1, source);
		fixture.produce(source, 1, 12, System.currentTimeMillis() - 3_600_000);
		ReplayService service = new ReplayService(store, ReplaySettings.DEFAULT.withBatchSize(5));
		ReplayRequest request = new ReplayRequest(fixture.link(source), offsets(0, 2, 12), KeyFilter.parse("regex:k0-.*"),
				source, "re-send after the applier bug", "ops-anna");
		ReplayResult result = service.execute(service.plan(request, new NullProgressMonitor()), ReplayListener.NONE,
				new NullProgressMonitor());

		ReplayJob job = service.jobs().find(result.jobId()).orElseThrow();
		assertEquals(ReplayState.COMPLETED, job.state());
		assertEquals(10, job.total());
		assertEquals(10, job.done());
		assertEquals(source, job.targetTopic());
		assertEquals("regex:k0-.*", job.keyFilter());
		assertEquals("ops-anna", job.operator());
		assertEquals("re-send after the applier bug", job.reason());
		assertEquals(List.of(new PartitionSpan(0, 2, 12)), job.resolvedSpans());
		assertTrue(job.finishedAt() != null && !job.finishedAt().isBefore(job.startedAt()));
		assertEquals(List.of("REPLAY_STARTED", "REPLAY_COMPLETED"), auditActions(fixture.link(source).id()));
	}

	private List<String> auditActions(String linkId) throws Exception {
		return store.read(connection -> {
			try (PreparedStatement query = connection.prepareStatement("SELECT action, operator, reason, after_value "
					+ "FROM audit_log WHERE link_id = ? ORDER BY id")) {
				query.setString(1, linkId);
				List<String> actions = new ArrayList<>();
				try (ResultSet rows = query.executeQuery()) {
					while (rows.next()) {
						actions.add(rows.getString(1));
						assertEquals("ops-anna", rows.getString(2));
						assertEquals("re-send after the applier bug", rows.getString(3));
						assertTrue(rows.getString(4).contains("\"target\""), rows.getString(4));
					}
				}
				return actions;
			}
		});
	}

	private static ReplayRange offsets(int partition, long from, long to) {
		return new ReplayRange.ByOffsets(List.of(new PartitionSpan(partition, from, to)));
	}

	private static void assertRefused(ReplayService service, ReplayLink link, ReplayRange range, String target,
			String expected) {
		ReplayException e = assertThrows(ReplayException.class, () -> service.plan(new ReplayRequest(link, range,
				KeyFilter.ALL, target == null ? link.sourceTopic() : target, "why", "tester"), new NullProgressMonitor()));
		assertTrue(e.getMessage().contains(expected), "'" + e.getMessage() + "' should say: " + expected);
	}
}
