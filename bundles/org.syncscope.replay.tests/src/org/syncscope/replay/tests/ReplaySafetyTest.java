package org.syncscope.replay.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.BooleanSupplier;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.eclipse.core.runtime.NullProgressMonitor;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.syncscope.kafka.broker.LocalKafkaBroker;
import org.syncscope.replay.KeyFilter;
import org.syncscope.replay.ReplayHeaders;
import org.syncscope.replay.ReplayJob;
import org.syncscope.replay.ReplayLink;
import org.syncscope.replay.ReplayListener;
import org.syncscope.replay.ReplayPlan;
import org.syncscope.replay.ReplayProgress;
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
 * All or nothing per batch: a replay cancelled in the middle of a batch leaves only whole batches visible to
 * read-committed readers, and a replay that crashed in the middle of a batch resumes after its last committed
 * batch, so every event arrives exactly once.
 */
@ExtendWith(KafkaBrokerExtension.class)
class ReplaySafetyTest {

	private static final int EVENTS = 400;
	private static final int BATCH = 50;
	/** Batches of exactly 50 events: no time limit cuts one short on a slow machine. */
	private static final ReplaySettings BATCHES_OF_50 = ReplaySettings.DEFAULT.withBatchSize(BATCH)
			.withBatchTime(Duration.ofMinutes(5));

	private SyncScopeStore store;

	@BeforeEach
	void openStore() throws Exception {
		store = SyncScopeStore.open(TestOutput.scratchFolder("replay-safety-").resolve("db"));
	}

	@AfterEach
	void closeStore() throws Exception {
		store.close();
	}

	@Test
	void cancelInsideABatchLeavesNoPartialBatchForReadCommittedReaders(LocalKafkaBroker broker) throws Exception {
		ReplayFixture fixture = new ReplayFixture(broker);
		String source = ReplayFixture.unique("cancel.changes");
		String target = ReplayFixture.unique("cancel.replay");
		fixture.createTopics(1, source, target);
		fixture.produce(source, 1, EVENTS, System.currentTimeMillis() - 3_600_000);
		ReplayService service = new ReplayService(store, BATCHES_OF_50);
		ReplayPlan plan = service.plan(request(fixture.link(source, target), target), new NullProgressMonitor());

		// cancelled 20 checks after the second batch is reported: while the third batch is read and sent (a
		// commit already under way when the cancel comes is let finish)
		CancelAfter monitor = new CancelAfter(() -> false);
		List<ReplayProgress> progress = new ArrayList<>();
		ReplayResult result = service.execute(plan, p -> {
			progress.add(p);
			if (p.done() == 2 * BATCH) {
				monitor.cancelAfterChecks(20);
			}
		}, monitor);

		assertEquals(ReplayState.CANCELLED, result.state(), result.message());
		long done = result.done();
		assertTrue(done >= 2 * BATCH && done < EVENTS && done % BATCH == 0, "whole batches only: " + done);
		List<Long> batches = new ArrayList<>();
		for (long d = BATCH; d <= done; d += BATCH) {
			batches.add(d);
		}
		assertEquals(batches, progress.stream().map(ReplayProgress::done).toList());
		List<ConsumerRecord<byte[], byte[]>> committed = fixture.readAll(target, "read_committed");
		assertEquals(done, committed.size(), "only the committed batches are visible");
		assertTrue(result.message().contains("batch in progress was discarded"), result.message());
		assertTrue(fixture.readAll(target, "read_uncommitted").size() >= done);
		ReplayJob job = service.jobs().find(result.jobId()).orElseThrow();
		assertEquals(ReplayState.CANCELLED, job.state());
		assertEquals(done, job.done());
	}

	@Test
	void aCrashInsideABatchIsResumedFromTheLastCommittedBatch(LocalKafkaBroker broker) throws Exception {
		ReplayFixture fixture = new ReplayFixture(broker);
		String source = ReplayFixture.unique("crash.changes");
		String target = ReplayFixture.unique("crash.replay");
		fixture.createTopics(2, source, target);
		fixture.produce(source, 2, EVENTS / 2, System.currentTimeMillis() - 3_600_000);
		ReplayLink link = fixture.link(source, target);
		ReplayService service = new ReplayService(store, BATCHES_OF_50);
		ReplayPlan plan = service.plan(request(link, target), new NullProgressMonitor());
		assertEquals(EVENTS, plan.total());

		// the process "dies" (an Error nothing catches) while sending the fourth batch
		CancelAfter crashing = new CancelAfter(() -> {
			throw new SimulatedCrash();
		});
		AtomicInteger batches = new AtomicInteger();
		assertThrows(SimulatedCrash.class, () -> service.execute(plan, p -> {
			if (batches.incrementAndGet() == 3) {
				crashing.cancelAfterChecks(25);
			}
		}, crashing));
		ReplayJob crashed = service.jobs().recent(1).get(0);
		assertEquals(ReplayState.RUNNING, crashed.state(), "a crash leaves the job running in the store");
		assertTrue(crashed.done() <= 3 * BATCH, "the store records progress at most once a second, never ahead of "
				+ "Kafka: " + crashed.done());

		ReplayResult resumed = service.resume(crashed.id(), link, ReplayListener.NONE, new NullProgressMonitor());
		assertEquals(ReplayState.COMPLETED, resumed.state(), resumed.message());
		assertEquals(EVENTS, resumed.done());

		List<ConsumerRecord<byte[], byte[]>> copies = fixture.readAll(target, "read_committed");
		assertEquals(EVENTS, copies.size(), "every event exactly once");
		for (int p = 0; p < 2; p++) {
			int partition = p;
			List<ReplayHeaders.Stamp> sources = copies.stream().filter(r -> r.partition() == partition)
					.map(r -> ReplayHeaders.stamp(r.headers()).orElseThrow()).toList();
			List<ReplayHeaders.Stamp> expected = new ArrayList<>();
			for (int offset = 0; offset < EVENTS / 2; offset++) {
				expected.add(new ReplayHeaders.Stamp(crashed.id(), 1, partition, offset));
			}
			assertEquals(expected, sources, "partition " + p + " in order, no gap, no duplicate");
		}
		assertEquals(ReplayState.COMPLETED, service.jobs().find(crashed.id()).orElseThrow().state());
	}

	private static ReplayRequest request(ReplayLink link, String target) {
		return new ReplayRequest(link, new ReplayRange.ByTime(Instant.EPOCH, Instant.now().plusSeconds(3600)),
				KeyFilter.ALL, target, "safety test", "tester");
	}

	/** Stands for the process dying: an Error that the engine does not catch. */
	static final class SimulatedCrash extends Error {
		private static final long serialVersionUID = 1L;
	}

	/**
	 * A progress monitor that, once armed, reports cancellation after a number of further checks; safe to
	 * check from several threads, as a job's monitor is (the replay reads on one thread and sends on another).
	 */
	static final class CancelAfter extends NullProgressMonitor {
		private final BooleanSupplier whenReached;
		private final AtomicInteger remaining = new AtomicInteger();
		private volatile boolean armed;

		CancelAfter(BooleanSupplier whenReached) {
			this.whenReached = whenReached;
		}

		void cancelAfterChecks(int checks) {
			remaining.set(checks);
			armed = true;
		}

		@Override
		public boolean isCanceled() {
			if (armed && !super.isCanceled() && remaining.getAndDecrement() <= 0) {
				whenReached.getAsBoolean();
				setCanceled(true);
			}
			return super.isCanceled();
		}
	}

}
