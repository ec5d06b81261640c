package org.syncscope.kafka.monitor;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.locks.LockSupport;
import java.util.function.Supplier;
import java.util.stream.Stream;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.syncscope.core.event.DecodeResult;
import org.syncscope.core.event.EventCodec;

/**
 * Decodes each polled batch of change-log records and feeds the decoded events to conflict detection, with the
 * work shared by the calling reader thread and one helper thread. Both decode chunks of the batch, each taking
 * the next chunk left, so the one that started first does more; then each feeds one {@link DetectionShard},
 * which owns the keys whose hash falls to it, so every key is always checked by the same thread, in log order,
 * and the two threads never share state. {@link #check} returns once the batch is decoded and the reader's
 * shard fed; the helper's shard is fed meanwhile, while the reader polls the next batch (at most one batch
 * ahead). Records that did not decode are handed back for quarantine.
 */
final class BatchChecker implements AutoCloseable {

	/** A record that did not decode, with why. */
	record Failure(ConsumerRecord<byte[], byte[]> record, String reason) {
	}

	/** Shards, and threads: the reader's own and one helper. */
	static final int SHARDS = 2;

	/** Records per decoding chunk: small enough to share a batch evenly, large enough to claim rarely. */
	private static final int CHUNK = 128;

	private final EventCodec codec = new EventCodec();
	private final List<DetectionShard> shards;
	private final ExecutorService helper;
	/** The helper's feeding of the last batch, awaited before the next one is handed over. */
	private Future<?> helperFeed = CompletableFuture.completedFuture(null);

	/** Feeds {@link #SHARDS} shards made by {@code shard} from the reader and a helper thread named {@code helperName}. */
	BatchChecker(Supplier<DetectionShard> shard, String helperName) {
		this.shards = Stream.generate(shard).limit(SHARDS).toList();
		helper = Executors.newSingleThreadExecutor(Thread.ofPlatform().daemon().name(helperName).factory());
	}

	/** The shard that checks {@code key}. */
	static int shardOf(String key) {
		return ((key.hashCode() * 0x85EBCA6B) >>> 16) % SHARDS;
	}

	/** Decodes {@code records} and feeds the shards; returns the records that did not decode, in order. */
	List<Failure> check(List<ConsumerRecord<byte[], byte[]>> records, long nowMillis) throws InterruptedException {
		DecodeJob job = new DecodeJob(records);
		helper.execute(job::work);
		job.work();
		job.awaitDecoded();
		await(helperFeed);
		helperFeed = helper.submit(() -> feed(1, records, job.decoded, nowMillis));
		feed(0, records, job.decoded, nowMillis);
		List<Failure> failures = new ArrayList<>();
		for (int i = 0; i < records.size(); i++) {
			DecodeResult result = job.decoded[i];
			if (!(result instanceof DecodeResult.Decoded)) {
				failures.add(new Failure(records.get(i), result instanceof DecodeResult.Failed failed
						? failed.error().toString()
						: "TOMBSTONE: a record without a value on a change log"));
			}
		}
		return failures;
	}

	/**
	 * Copies the figures of every shard for other threads; call between checks. The helper's shard publishes
	 * on the helper thread once it has fed the last batch.
	 */
	void publish(long nowMillis) {
		shards.get(0).publish(nowMillis);
		helper.execute(() -> shards.get(1).publish(nowMillis));
	}

	/** The figures of {@code link} over all shards, as last published. */
	LinkActivity.Figures figures(String link) {
		LinkActivity.Figures figures = shards.get(0).figures(link);
		for (int i = 1; i < SHARDS; i++) {
			figures = figures.plus(shards.get(i).figures(link));
		}
		return figures;
	}

	private void feed(int shard, List<ConsumerRecord<byte[], byte[]>> records, DecodeResult[] decoded,
			long nowMillis) {
		DetectionShard detection = shards.get(shard);
		for (int i = 0; i < decoded.length; i++) {
			if (decoded[i] instanceof DecodeResult.Decoded event && shardOf(event.event().key()) == shard) {
				ConsumerRecord<byte[], byte[]> record = records.get(i);
				detection.observe(record.topic(), event.event(), record.serializedValueSize());
			}
		}
		detection.endOfBatch(nowMillis);
	}

	private static void await(Future<?> work) throws InterruptedException {
		try {
			work.get();
		} catch (ExecutionException e) {
			if (e.getCause() instanceof RuntimeException runtime) {
				throw runtime;
			}
			throw new IllegalStateException(e.getCause());
		}
	}

	/**
	 * The decoding of one batch, shared by chunks between the threads that call {@link #work}; the reader
	 * then waits in {@link #awaitDecoded} until the last chunk, whoever took it, is done.
	 */
	private final class DecodeJob {

		final DecodeResult[] decoded;
		private final List<ConsumerRecord<byte[], byte[]>> records;
		private final int chunks;
		private final AtomicInteger nextChunk = new AtomicInteger();
		private final AtomicInteger chunksLeft;
		private final Thread reader = Thread.currentThread();
		private volatile RuntimeException failure;

		DecodeJob(List<ConsumerRecord<byte[], byte[]>> records) {
			this.records = records;
			this.decoded = new DecodeResult[records.size()];
			this.chunks = Math.ceilDiv(records.size(), CHUNK);
			this.chunksLeft = new AtomicInteger(chunks);
		}

		/** Decodes chunks until none is left to take. */
		void work() {
			for (int chunk = nextChunk.getAndIncrement(); chunk < chunks; chunk = nextChunk.getAndIncrement()) {
				try {
					int end = Math.min(records.size(), (chunk + 1) * CHUNK);
					for (int i = chunk * CHUNK; i < end; i++) {
						byte[] value = records.get(i).value();
						decoded[i] = value == null ? null : codec.decode(value);
					}
				} catch (RuntimeException e) {
					failure = e;
				} finally {
					if (chunksLeft.decrementAndGet() == 0) {
						LockSupport.unpark(reader);
					}
				}
			}
		}

		/** Waits for the last chunk; rethrows what decoding a chunk threw, on either thread. */
		void awaitDecoded() throws InterruptedException {
			while (chunksLeft.get() > 0) {
				LockSupport.park(this);
				if (Thread.interrupted()) {
					throw new InterruptedException();
				}
			}
			if (failure != null) {
				throw failure;
			}
		}
	}

	/** Stops the helper thread and waits for it to end. */
	@Override
	public void close() {
		helper.shutdownNow();
		try {
			helper.awaitTermination(10, TimeUnit.SECONDS);
		} catch (InterruptedException e) {
			Thread.currentThread().interrupt();
		}
	}
}
