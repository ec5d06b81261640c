package org.syncscope.replay;

import java.io.IOException;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.consumer.Consumer;
import org.apache.kafka.clients.producer.Producer;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.ILog;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.SubMonitor;
import org.syncscope.replay.internal.DryRun;
import org.syncscope.replay.internal.GroupOffsets;
import org.syncscope.replay.internal.RangeJson;
import org.syncscope.replay.internal.RangeResolver;
import org.syncscope.replay.internal.RangeScanner;
import org.syncscope.replay.internal.ReplayClients;
import org.syncscope.replay.internal.TransactionalCopy;
import org.syncscope.store.SyncScopeStore;

/**
 * The one entry to replays, shared by the wizard and the command line so both get the same checks and audit:
 * {@link #plan} is the dry run (nothing written), {@link #execute} runs a plan as a recorded job,
 * {@link #resume} continues a job that a crash, a failure or a cancel interrupted from its last committed
 * batch. Long-running: call from a worker thread (an Eclipse Job in the UI); progress and cancellation go
 * through the {@link IProgressMonitor}.
 */
public final class ReplayService {

	private final ReplayJobs jobs;
	private final ReplaySettings settings;
	private final Clock clock;

	public ReplayService(SyncScopeStore store, ReplaySettings settings) {
		this(store, settings, Clock.systemUTC());
	}

	public ReplayService(SyncScopeStore store, ReplaySettings settings, Clock clock) {
		this.jobs = new ReplayJobs(store);
		this.settings = settings;
		this.clock = clock;
	}

	/** The recorded jobs. */
	public ReplayJobs jobs() {
		return jobs;
	}

	/** The settings replays run with. */
	public ReplaySettings settings() {
		return settings;
	}

	/**
	 * The dry run: checks the request against the topology and the log and counts what would be replayed.
	 *
	 * @throws ReplayException with a message for the operator when the request cannot be replayed
	 */
	public ReplayPlan plan(ReplayRequest request, IProgressMonitor monitor) throws ReplayException {
		request.check();
		SubMonitor progress = SubMonitor.convert(monitor, "Planning the replay of " + request.link().sourceTopic(), 2);
		ReplayLink link = request.link();
		List<PartitionSpan> spans;
		progress.subTask("Resolving the range");
		try (Admin admin = ReplayClients.admin(link)) {
			RangeResolver resolver = new RangeResolver(admin);
			resolver.partitionCount(request.targetTopic());
			spans = resolver.resolve(link.sourceTopic(), request.range());
		}
		progress.worked(1);
		progress.subTask("Counting the events of the range");
		try (Consumer<byte[], byte[]> consumer = ReplayClients.consumer(link)) {
			return new DryRun(settings).plan(request, spans, consumer, progress::isCanceled);
		} finally {
			progress.done();
		}
	}

	/** Runs {@code plan} as a new job; the result says whether it completed, was cancelled or failed. */
	public ReplayResult execute(ReplayPlan plan, ReplayListener listener, IProgressMonitor monitor)
			throws ReplayException {
		ReplayRequest request = plan.request();
		request.check();
		try (Admin admin = ReplayClients.admin(request.link())) {
			RangeResolver resolver = new RangeResolver(admin);
			resolver.check(request.link().sourceTopic(), plan.spans()); // retention may have moved since the plan
			boolean samePartitions = resolver.partitionCount(request.targetTopic()) == resolver
					.partitionCount(request.link().sourceTopic());
			String id = UUID.randomUUID().toString();
			jobs.started(id, plan, clock.instant());
			ReplayJob job = jobs.find(id).orElseThrow();
			return run(job, request.link(), admin, plan.spans(), 0, samePartitions, plan.refused(), listener,
					monitor);
		} catch (SQLException e) {
			throw storeError(e);
		}
	}

	/**
	 * Continues job {@code jobId} from its last committed batch (the source offsets committed with it); the
	 * job's producer id fences whatever a crashed run left open, so its half batch is aborted.
	 */
	public ReplayResult resume(String jobId, ReplayLink link, ReplayListener listener, IProgressMonitor monitor)
			throws ReplayException {
		try {
			ReplayJob job = jobs.find(jobId).orElseThrow(() -> new ReplayException("There is no replay " + jobId));
			if (!job.state().isResumable()) {
				throw new ReplayException("Replay " + jobId + " completed already; repeat it instead");
			}
			if (!link.id().equals(job.linkId()) || !link.sourceTopic().equals(job.sourceTopic())) {
				throw new ReplayException("Replay " + jobId + " belongs to link " + job.linkId() + " reading "
						+ job.sourceTopic() + ", not to link " + link.id() + " reading " + link.sourceTopic());
			}
			link.checkTarget(job.targetTopic());
			// a crashed run's open transaction is settled first, so the offsets read next are final
			ReplayClients.fence(link, jobId);
			try (Admin admin = ReplayClients.admin(link)) {
				Map<Integer, Long> next = GroupOffsets.committed(admin, ReplayClients.transactionalId(jobId),
						link.sourceTopic(), job.progress());
				List<PartitionSpan> remaining = remaining(job.resolvedSpans(), next);
				RangeResolver resolver = new RangeResolver(admin);
				if (!remaining.isEmpty()) {
					resolver.check(link.sourceTopic(), remaining);
				}
				boolean samePartitions = resolver.partitionCount(job.targetTopic()) == resolver
						.partitionCount(link.sourceTopic());
				long left = remaining.isEmpty() ? 0 : countReplayable(link, job, remaining);
				jobs.resumed(job, clock.instant());
				return run(job, link, admin, remaining, Math.max(0, job.total() - left), samePartitions, refused(job),
						listener, monitor);
			}
		} catch (SQLException e) {
			throw storeError(e);
		}
	}

	private static final long PROGRESS_EVERY_NANOS = 1_000_000_000L;

	/** Copies {@code spans} for {@code job}; {@code admin} deletes the job's group once it has completed. */
	private ReplayResult run(ReplayJob job, ReplayLink link, Admin admin, List<PartitionSpan> spans,
			long alreadyDone, boolean samePartitions, long refused, ReplayListener listener, IProgressMonitor monitor)
			throws SQLException {
		SubMonitor progress = SubMonitor.convert(monitor, "Replaying " + job.sourceTopic() + " to " + job.targetTopic(),
				1000);
		long started = System.nanoTime();
		long[] done = { alreadyDone };
		int[] reported = { 0 };
		long[] recorded = { 0 };
		KeyFilter filter = parseFilter(job);
		TransactionalCopy copy = new TransactionalCopy(job.id(), job.sourceTopic(), job.targetTopic(), samePartitions,
				filter, settings);
		TransactionalCopy.Outcome outcome;
		try (Consumer<byte[], byte[]> consumer = ReplayClients.consumer(link);
				Producer<byte[], byte[]> producer = ReplayClients.transactionalProducer(link, job.id())) {
			outcome = copy.copy(spans, new RangeScanner(consumer, settings.stallTimeout()), producer,
					progress::isCanceled, (next, events) -> {
						done[0] += events;
						// a resume trusts the offsets Kafka committed with each batch; the store may lag a second
						if (System.nanoTime() - recorded[0] >= PROGRESS_EVERY_NANOS) {
							recordProgress(job.id(), done[0], next);
							recorded[0] = System.nanoTime();
						}
						ReplayProgress now = new ReplayProgress(job.id(), done[0], job.total(),
								Duration.ofNanos(System.nanoTime() - started));
						int units = job.total() == 0 ? 1000 : (int) (done[0] * 1000 / job.total());
						progress.worked(units - reported[0]);
						reported[0] = units;
						progress.subTask(now.describe());
						listener.batchCommitted(now);
					});
		} catch (RuntimeException e) {
			outcome = new TransactionalCopy.Outcome(ReplayState.FAILED, done[0] - alreadyDone,
					e.getClass().getSimpleName() + ": " + e.getMessage());
		}
		ReplayResult result = new ReplayResult(job.id(), outcome.state(), done[0], job.total(), refused,
				Duration.ofNanos(System.nanoTime() - started), outcome.message());
		if (outcome.state() == ReplayState.COMPLETED) {
			GroupOffsets.deleteQuietly(admin, ReplayClients.transactionalId(job.id()));
		}
		jobs.finished(job, result, clock.instant());
		progress.done();
		return result;
	}

	private void recordProgress(String id, long done, Map<Integer, Long> next) {
		try {
			jobs.progressed(id, done, next);
		} catch (SQLException e) {
			// the batch is committed in Kafka with its offsets, which a resume reads: the replay goes on
			ILog.of(ReplayService.class).log(Status.warning("Could not record the progress of replay " + id, e));
		}
	}

	private long countReplayable(ReplayLink link, ReplayJob job, List<PartitionSpan> spans) throws ReplayException {
		KeyFilter filter = parseFilter(job);
		long[] count = { 0 };
		try (Consumer<byte[], byte[]> consumer = ReplayClients.consumer(link)) {
			new RangeScanner(consumer, settings.stallTimeout()).scan(job.sourceTopic(), spans, record -> {
				if (filter.matches(record.key())
						&& ReplayHeaders.replayCount(record.headers()) < settings.maxReplayCount()) {
					count[0]++;
				}
				return true;
			}, () -> false);
		}
		return count[0];
	}

	private static List<PartitionSpan> remaining(List<PartitionSpan> spans, Map<Integer, Long> next) {
		List<PartitionSpan> remaining = new ArrayList<>();
		for (PartitionSpan span : spans) {
			long from = Math.max(span.from(), next.getOrDefault(span.partition(), span.from()));
			if (from < span.to()) {
				remaining.add(new PartitionSpan(span.partition(), from, span.to()));
			}
		}
		return remaining;
	}

	private static KeyFilter parseFilter(ReplayJob job) {
		try {
			return KeyFilter.parse(job.keyFilter());
		} catch (ReplayException e) {
			throw new IllegalStateException("Replay " + job.id() + " has an unreadable key filter", e);
		}
	}

	private static long refused(ReplayJob job) {
		try {
			return RangeJson.refused(job.rangeSpec());
		} catch (IOException e) {
			return 0;
		}
	}

	private static ReplayException storeError(SQLException e) {
		return new ReplayException("The replay could not be recorded in the store: " + e.getMessage(), e);
	}
}
