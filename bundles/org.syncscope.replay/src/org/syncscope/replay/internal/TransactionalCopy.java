package org.syncscope.replay.internal;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.BooleanSupplier;

import org.apache.kafka.clients.consumer.ConsumerGroupMetadata;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.clients.producer.Producer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.KafkaException;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.errors.InterruptException;
import org.apache.kafka.common.header.Header;
import org.apache.kafka.common.header.internals.RecordHeader;
import org.apache.kafka.common.header.internals.RecordHeaders;
import org.syncscope.replay.KeyFilter;
import org.syncscope.replay.PartitionSpan;
import org.syncscope.replay.ReplayException;
import org.syncscope.replay.ReplayHeaders;
import org.syncscope.replay.ReplaySettings;
import org.syncscope.replay.ReplayState;

/**
 * Copies the records of a range to the target, one Kafka transaction per batch: the batch's records and the
 * source offsets it reached (in the job's consumer group) commit together, so a read-committed reader sees a
 * batch entirely or not at all, and a resume continues exactly after the last committed batch. Records are
 * sent as they are read; a batch commits when it reaches the settings' event, byte or time limit, on a
 * committer thread while reading goes on. Cancelling lets a commit under way finish and aborts the open
 * transaction. Each copy carries a {@link ReplayHeaders} stamp (the job id, its replay count, one more than the
 * source's, and its source position); key, value and other headers are copied unchanged.
 */
public final class TransactionalCopy {

	/** Told after each committed batch: the next source offset per partition and the events committed. */
	@FunctionalInterface
	public interface BatchCommitted {
		void committed(Map<Integer, Long> nextOffsets, long batchEvents);
	}

	/** How the copy ended. */
	public record Outcome(ReplayState state, long copied, String message) {
	}

	/** How many polls the reading thread may be ahead of the sending thread. */
	private static final int POLLS_AHEAD = 4;

	private final String jobId;
	private final String sourceTopic;
	private final String targetTopic;
	private final boolean samePartitions;
	private final KeyFilter filter;
	private final ReplaySettings settings;
	private final ReplayHeaders.Writer stamps;

	public TransactionalCopy(String jobId, String sourceTopic, String targetTopic, boolean samePartitions,
			KeyFilter filter, ReplaySettings settings) {
		this.jobId = jobId;
		this.sourceTopic = sourceTopic;
		this.targetTopic = targetTopic;
		this.samePartitions = samePartitions;
		this.filter = filter;
		this.settings = settings;
		this.stamps = new ReplayHeaders.Writer(jobId);
	}

	/**
	 * Copies {@code spans} (already narrowed to what is left to do) with {@code producer}, whose transactions
	 * are initialised here; {@code scanner} reads. The calling thread reads, applies the loop guard and the
	 * key filter and builds the copies; a sending thread sends them (the producer compresses in the sending
	 * thread) and commits the batches, handed over a poll at a time.
	 */
	public Outcome copy(List<PartitionSpan> spans, RangeScanner scanner, Producer<byte[], byte[]> producer,
			BooleanSupplier cancelled, BatchCommitted onCommitted) {
		ExecutorService committer = Executors.newSingleThreadExecutor(runnable -> {
			Thread thread = new Thread(runnable, "replay-commit-" + jobId);
			thread.setDaemon(true);
			return thread;
		});
		Batches batches = new Batches(producer, committer, onCommitted, spans);
		try (SendingThread sending = new SendingThread("replay-send-" + jobId, POLLS_AHEAD)) {
			try {
				sending.submit(batches::initTransactions);
				Reader reader = new Reader(sending, batches, cancelled);
				boolean complete = scanner.scan(sourceTopic, spans, reader, cancelled);
				sending.awaitIdle();
				if (!complete || reader.stopped() || cancelled.getAsBoolean()) {
					boolean discarded = batches.cancel();
					return new Outcome(ReplayState.CANCELLED, batches.copied, cancelMessage(batches.copied, discarded));
				}
				batches.commitLast(spans);
				return new Outcome(ReplayState.COMPLETED, batches.copied, "Replayed " + batches.copied + " events");
			} catch (ReplayException e) {
				abortQuietly(producer, sending, batches);
				return new Outcome(ReplayState.FAILED, batches.copied, e.getMessage());
			} catch (KafkaException e) {
				abortQuietly(producer, sending, batches);
				return new Outcome(ReplayState.FAILED, batches.copied, "Kafka failed: " + e.getClass().getSimpleName()
						+ ": " + e.getMessage() + " (the open batch was aborted; resume continues after the last "
						+ "committed one)");
			} finally {
				sending.awaitIdleQuietly();
				batches.awaitQuietly();
			}
		} finally {
			committer.shutdown();
		}
	}

	/**
	 * The reading side: checks each record against the loop guard and the filter, builds the copies of the
	 * replayable ones and hands each poll's records to the sending thread, which sends the copies in the open
	 * batch in read order and checks for cancellation after each (as a single thread would, so a cancel lands
	 * inside a batch).
	 */
	private final class Reader implements RangeScanner.Visitor {
		private final SendingThread sending;
		private final Batches batches;
		private final BooleanSupplier cancelled;
		private List<Read> polled = new ArrayList<>();
		private volatile boolean stopped;

		Reader(SendingThread sending, Batches batches, BooleanSupplier cancelled) {
			this.sending = sending;
			this.batches = batches;
			this.cancelled = cancelled;
		}

		@Override
		public boolean visit(ConsumerRecord<byte[], byte[]> record) {
			int replayCount = ReplayHeaders.replayCount(record.headers());
			boolean replayable = replayCount < settings.maxReplayCount() && filter.matches(record.key());
			polled.add(new Read(record.partition(), record.offset() + 1,
					replayable ? copyOf(record, replayCount) : null));
			return !stopped && !sending.failed();
		}

		@Override
		public void polled() {
			if (polled.isEmpty()) {
				return;
			}
			List<Read> reads = polled;
			polled = new ArrayList<>(reads.size());
			sending.submit(() -> send(reads));
		}

		/** Whether the sending side saw the cancel. */
		boolean stopped() {
			return stopped;
		}

		private void send(List<Read> reads) {
			for (Read read : reads) {
				if (stopped) {
					return;
				}
				batches.read(read);
				if (read.copy() != null && cancelled.getAsBoolean()) {
					stopped = true;
					return;
				}
				batches.commitIfFull(false);
			}
			batches.commitIfFull(true);
		}
	}

	/** A record read: {@code nextOffset} is its offset + 1; {@code copy} is null if the guard or filter refused it. */
	private record Read(int partition, long nextOffset, ProducerRecord<byte[], byte[]> copy) {
	}

	/**
	 * The batches of one copy. The open transaction gets each record as it is read; when it is full, its
	 * offsets and commit go to the committer thread, and the records read meanwhile are held (up to one
	 * batch) until that commit is through, then sent in the next transaction. So reading never waits for a
	 * commit unless a whole batch is already held. The producer's initialisation runs the same way.
	 */
	private final class Batches {
		private final Producer<byte[], byte[]> producer;
		private final ExecutorService committer;
		private final BatchCommitted onCommitted;
		private final ConsumerGroupMetadata group = new ConsumerGroupMetadata(ReplayClients.transactionalId(jobId));
		/** The next source offset per partition (index), -1 where nothing was read yet. */
		private final long[] next;
		private final List<Read> held = new ArrayList<>();
		private final Size open = new Size();
		private final Size heldSize = new Size();
		private boolean inTransaction;
		private Future<?> committing;
		private Runnable whenCommitted;
		private long copied;

		Batches(Producer<byte[], byte[]> producer, ExecutorService committer, BatchCommitted onCommitted,
				List<PartitionSpan> spans) {
			this.producer = producer;
			this.committer = committer;
			this.onCommitted = onCommitted;
			this.next = new long[spans.stream().mapToInt(PartitionSpan::partition).max().orElse(-1) + 1];
			Arrays.fill(next, -1);
		}

		/** Initialises the producer's transactions on the committer thread while reading starts. */
		void initTransactions() {
			committing = committer.submit(() -> {
				producer.initTransactions();
			});
			whenCommitted = () -> {
			};
		}

		/** A source record was read. */
		void read(Read read) {
			if (committing != null) {
				if (committing.isDone() || heldSize.reached()) {
					finishCommit();
					commitIfFull(false); // the held records may fill the next batch
				}
				if (committing != null) {
					held.add(read);
					if (read.copy() != null) {
						heldSize.add(read.copy());
					}
					return;
				}
			}
			add(read);
		}

		/**
		 * Commits the open batch if it holds the settings' events or bytes, or, with {@code orOpenTooLong}, if it
		 * has been open the settings' time (read once per poll: the clock costs more than the counts).
		 */
		void commitIfFull(boolean orOpenTooLong) {
			if (inTransaction && (open.reached() || orOpenTooLong && open.openTooLong())) {
				Map<Integer, Long> reached = nextOffsets();
				Map<TopicPartition, OffsetAndMetadata> offsets = offsets(reached);
				long events = open.events;
				whenCommitted = () -> {
					copied += events;
					onCommitted.committed(reached, events);
				};
				inTransaction = false;
				committing = committer.submit(() -> {
					producer.sendOffsetsToTransaction(offsets, group);
					producer.commitTransaction();
				});
			}
		}

		/**
		 * Commits what is open or held, with the ends of {@code spans} as offsets. Nothing left to send needs no
		 * transaction: a completed job's offsets are deleted, and a resume after a crash just before would only
		 * re-read a tail of records that are not replayed.
		 */
		void commitLast(List<PartitionSpan> spans) {
			finishCommit();
			if (!inTransaction) {
				return;
			}
			spans.forEach(span -> next[span.partition()] = span.to());
			Map<Integer, Long> reached = nextOffsets();
			producer.sendOffsetsToTransaction(offsets(reached), group);
			producer.commitTransaction();
			inTransaction = false;
			copied += open.events;
			onCommitted.committed(reached, open.events);
		}

		/** Lets a commit under way finish, drops held records and aborts the open transaction. */
		boolean cancel() {
			awaitCommit();
			boolean discarded = !held.isEmpty();
			held.clear();
			if (inTransaction) {
				producer.abortTransaction();
				inTransaction = false;
				discarded |= open.events > 0;
			}
			return discarded;
		}

		void awaitQuietly() {
			if (committing != null) {
				try {
					committing.get();
				} catch (ExecutionException | InterruptedException | RuntimeException e) {
					// the copy has already ended; a commit that failed leaves its batch aborted
				}
			}
		}

		/** Waits for the commit under way, reports it, then sends the held records in a new transaction. */
		private void finishCommit() {
			awaitCommit();
			held.forEach(this::add);
			held.clear();
			heldSize.clear();
		}

		private void awaitCommit() {
			if (committing == null) {
				return;
			}
			try {
				committing.get();
			} catch (InterruptedException e) {
				Thread.currentThread().interrupt();
				throw new InterruptException(e);
			} catch (ExecutionException e) {
				if (e.getCause() instanceof KafkaException kafka) {
					throw kafka;
				}
				throw new KafkaException(e.getCause());
			} finally {
				committing = null;
			}
			whenCommitted.run();
		}

		private void add(Read read) {
			next[read.partition()] = read.nextOffset();
			if (read.copy() != null) {
				begin();
				producer.send(read.copy());
				open.add(read.copy());
			}
		}

		private void begin() {
			if (!inTransaction) {
				producer.beginTransaction();
				inTransaction = true;
				open.clear();
			}
		}

		/** {@code reached} (next offset by partition) as the source offsets to commit with a batch. */
		private Map<TopicPartition, OffsetAndMetadata> offsets(Map<Integer, Long> reached) {
			Map<TopicPartition, OffsetAndMetadata> offsets = new HashMap<>();
			reached.forEach((partition, offset) -> offsets.put(new TopicPartition(sourceTopic, partition),
					new OffsetAndMetadata(offset)));
			return offsets;
		}

		/** The next source offset of each partition read so far. */
		private Map<Integer, Long> nextOffsets() {
			Map<Integer, Long> offsets = new HashMap<>();
			for (int partition = 0; partition < next.length; partition++) {
				if (next[partition] >= 0) {
					offsets.put(partition, next[partition]);
				}
			}
			return Map.copyOf(offsets);
		}
	}

	/** Events and key and value bytes of a batch, and since when it is open, against the settings' limits. */
	private final class Size {
		private long events;
		private long bytes;
		private long sinceNanos;

		void add(ProducerRecord<byte[], byte[]> record) {
			if (events == 0) {
				sinceNanos = System.nanoTime();
			}
			events++;
			bytes += length(record.key()) + length(record.value());
		}

		/** Whether the events or bytes limit is reached. */
		boolean reached() {
			return events >= settings.batchSize() || bytes >= settings.batchBytes();
		}

		/** Whether it holds events and has been open for the time limit. */
		boolean openTooLong() {
			return events > 0 && System.nanoTime() - sinceNanos >= settings.batchTime().toNanos();
		}

		void clear() {
			events = 0;
			bytes = 0;
		}
	}

	/** The copy of a replayable {@code record} (its replay count is below the limit). */
	private ProducerRecord<byte[], byte[]> copyOf(ConsumerRecord<byte[], byte[]> record, int replayCount) {
		RecordHeaders headers = new RecordHeaders();
		for (Header header : record.headers()) {
			if (!header.key().startsWith(ReplayHeaders.NAME)) {
				headers.add(header);
			}
		}
		headers.add(new RecordHeader(ReplayHeaders.NAME,
				stamps.value(replayCount + 1, record.partition(), record.offset())));
		Integer partition = samePartitions ? record.partition() : null;
		return new ProducerRecord<>(targetTopic, partition, record.key(), record.value(), headers);
	}

	private static int length(byte[] bytes) {
		return bytes == null ? 0 : bytes.length;
	}

	private static String cancelMessage(long copied, boolean discarded) {
		return "Cancelled after " + copied + " events in committed batches"
				+ (discarded ? "; the batch in progress was discarded (aborted)" : "");
	}

	private static void abortQuietly(Producer<byte[], byte[]> producer, SendingThread sending, Batches batches) {
		try {
			sending.awaitIdleQuietly();
			batches.awaitQuietly();
			producer.abortTransaction();
		} catch (KafkaException | IllegalStateException e) {
			// no transaction open, or the producer is fenced: the broker aborts it
		}
	}
}
