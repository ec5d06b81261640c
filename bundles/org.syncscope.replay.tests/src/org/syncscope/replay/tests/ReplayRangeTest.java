package org.syncscope.replay.tests;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.eclipse.core.runtime.NullProgressMonitor;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.syncscope.kafka.broker.LocalKafkaBroker;
import org.syncscope.replay.KeyFilter;
import org.syncscope.replay.PartitionSpan;
import org.syncscope.replay.PreviewEvent;
import org.syncscope.replay.ReplayHeaders;
import org.syncscope.replay.ReplayLink;
import org.syncscope.replay.ReplayListener;
import org.syncscope.replay.ReplayPlan;
import org.syncscope.replay.ReplayRange;
import org.syncscope.replay.ReplayRequest;
import org.syncscope.replay.ReplayResult;
import org.syncscope.replay.ReplayService;
import org.syncscope.replay.ReplaySettings;
import org.syncscope.replay.ReplayState;
import org.syncscope.replay.tests.ReplayFixture.Sent;
import org.syncscope.store.SyncScopeStore;
import org.syncscope.testing.TestOutput;
import org.syncscope.testing.kafka.KafkaBrokerExtension;

/** Offset, time and key-filtered replays on the real broker re-send exactly the chosen events, in order. */
@ExtendWith(KafkaBrokerExtension.class)
class ReplayRangeTest {

	private static final long BASE = System.currentTimeMillis() - 3_600_000;

	private SyncScopeStore store;

	@BeforeEach
	void openStore() throws Exception {
		store = SyncScopeStore.open(TestOutput.scratchFolder("replay-store-").resolve("db"));
	}

	@AfterEach
	void closeStore() throws Exception {
		store.close();
	}

	@Test
	void offsetRangeReplaysExactlyThoseEventsInOrderPerPartition(LocalKafkaBroker broker) throws Exception {
		ReplayFixture fixture = new ReplayFixture(broker);
		String source = ReplayFixture.unique("offsets.changes");
		String target = ReplayFixture.unique("offsets.replay");
		fixture.createTopics(3, source, target);
		List<List<Sent>> sent = fixture.produce(source, 3, 50, BASE);
		ReplayLink link = fixture.link(source, target);
		ReplayService service = new ReplayService(store, ReplaySettings.DEFAULT.withBatchSize(7));

		ReplayRange range = new ReplayRange.ByOffsets(List.of(new PartitionSpan(0, 10, 20), new PartitionSpan(2, 0, 5)));
		ReplayPlan plan = service.plan(new ReplayRequest(link, range, KeyFilter.ALL, target, "target missed a window",
				"tester"), new NullProgressMonitor());
		assertEquals(15, plan.total());
		assertEquals(10, plan.partitions().get(0).replayable());
		assertEquals(5, plan.partitions().get(1).replayable());
		PreviewEvent first = plan.preview().get(0);
		assertEquals("k0-10", first.key());
		assertTrue(first.maskedPayload().contains("\"email\":\"***\""), first.maskedPayload());
		assertFalse(first.maskedPayload().contains("@example.org"), "sensitive field masked");

		ReplayResult result = service.execute(plan, ReplayListener.NONE, new NullProgressMonitor());
		assertEquals(ReplayState.COMPLETED, result.state(), result.message());
		assertEquals(15, result.done());

		List<ConsumerRecord<byte[], byte[]>> copies = fixture.readAll(target, "read_committed");
		assertEquals(expected(sent.get(0).subList(10, 20)), copied(copies, 0));
		assertEquals(List.of(), copied(copies, 1));
		assertEquals(expected(sent.get(2).subList(0, 5)), copied(copies, 2));
		ConsumerRecord<byte[], byte[]> copy = copies.get(0);
		Sent original = sent.get(copy.partition()).get(copy.partition() == 0 ? 10 : 0);
		assertEquals(new ReplayHeaders.Stamp(result.jobId(), 1, original.partition(), original.offset()),
				ReplayHeaders.stamp(copy.headers()).orElseThrow());
		assertEquals(1, ReplayHeaders.replayCount(copy.headers()));
		assertArrayEquals(original.value(), copy.value(), "the value is copied byte for byte");
	}

	@Test
	void timeRangeIsResolvedByTheBrokerToTheEventsOfThatWindow(LocalKafkaBroker broker) throws Exception {
		ReplayFixture fixture = new ReplayFixture(broker);
		String source = ReplayFixture.unique("time.changes");
		fixture.createTopics(2, source);
		List<List<Sent>> sent = fixture.produce(source, 2, 60, BASE);
		ReplayLink link = fixture.link(source);
		ReplayService service = new ReplayService(store, ReplaySettings.DEFAULT.withBatchSize(10));

		// record i has timestamp BASE + i s: [20 s, 45 s) holds records 20..44 of every partition
		ReplayRange range = new ReplayRange.ByTime(Instant.ofEpochMilli(BASE + 20_000), Instant.ofEpochMilli(BASE + 45_000));
		ReplayPlan plan = service.plan(new ReplayRequest(link, range, KeyFilter.ALL, source, "applier lost a window",
				"tester"), new NullProgressMonitor());
		assertEquals(List.of(new PartitionSpan(0, 20, 45), new PartitionSpan(1, 20, 45)), plan.spans());
		ReplayResult result = service.execute(plan, ReplayListener.NONE, new NullProgressMonitor());
		assertEquals(ReplayState.COMPLETED, result.state(), result.message());

		// replayed into the change log itself: the copies follow the 60 originals of each partition
		List<ConsumerRecord<byte[], byte[]>> all = fixture.readAll(source, "read_committed");
		for (int p = 0; p < 2; p++) {
			int partition = p;
			List<ConsumerRecord<byte[], byte[]>> copies = all.stream()
					.filter(r -> r.partition() == partition && r.offset() >= 60).toList();
			assertEquals(expected(sent.get(p).subList(20, 45)), keys(copies));
		}
	}

	@Test
	void keyFilterReplaysOnlyTheChosenKeys(LocalKafkaBroker broker) throws Exception {
		ReplayFixture fixture = new ReplayFixture(broker);
		String source = ReplayFixture.unique("keys.changes");
		String target = ReplayFixture.unique("keys.replay");
		fixture.createTopics(2, source, target);
		fixture.produce(source, 2, 30, BASE);
		ReplayLink link = fixture.link(source, target);
		ReplayService service = new ReplayService(store, ReplaySettings.DEFAULT);
		ReplayRange all = new ReplayRange.ByOffsets(List.of(new PartitionSpan(0, 0, 30), new PartitionSpan(1, 0, 30)));

		ReplayPlan exact = service.plan(new ReplayRequest(link, all, KeyFilter.parse("keys:k0-3,k1-7,nope"), target,
				"two keys", "tester"), new NullProgressMonitor());
		assertEquals(2, exact.total());
		assertEquals(ReplayState.COMPLETED, service.execute(exact, ReplayListener.NONE, new NullProgressMonitor()).state());
		assertEquals(List.of("k0-3", "k1-7"),
				fixture.readAll(target, "read_committed").stream().map(r -> ReplayFixture.text(r.key())).sorted().toList());

		// k0-1, k0-10..k0-19 and k1-1, k1-10..k1-19
		ReplayPlan pattern = service.plan(new ReplayRequest(link, all, KeyFilter.parse("regex:k[01]-1\\d?"), target,
				"a pattern", "tester"), new NullProgressMonitor());
		assertEquals(22, pattern.total());
		assertEquals(ReplayState.COMPLETED,
				service.execute(pattern, ReplayListener.NONE, new NullProgressMonitor()).state());
		assertEquals(24, fixture.readAll(target, "read_committed").size());
	}

	private static List<String> expected(List<Sent> sent) {
		return sent.stream().map(Sent::key).toList();
	}

	private static List<String> copied(List<ConsumerRecord<byte[], byte[]>> records, int partition) {
		return keys(records.stream().filter(r -> r.partition() == partition).toList());
	}

	private static List<String> keys(List<ConsumerRecord<byte[], byte[]>> records) {
		List<String> keys = new ArrayList<>();
		records.forEach(r -> keys.add(ReplayFixture.text(r.key())));
		return keys;
	}

}
