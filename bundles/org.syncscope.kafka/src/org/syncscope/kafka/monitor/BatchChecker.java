package org.syncscope.kafka.monitor;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;
import java.util.stream.Stream;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.syncscope.core.event.DecodeResult;
import org.syncscope.core.event.EventCodec;

/**
 * Decodes each polled batch of change-log records and feeds the decoded events to conflict detection, with the
 * work split in two: the calling reader thread does one half, a helper thread the other. First each decodes
 * half of the records; then each feeds one {@link DetectionShard}, which owns the keys whose hash falls to it,
 * so every key is always checked by the same thread, in log order, and the two threads never share state.
 * {@link #check} returns only when both halves are done, so the reader may publish figures, commit offsets and
 * quarantine in between. Records that did not decode are handed back for quarantine.
 */
final class BatchChecker implements AutoCloseable {

	/** A record that did not decode, with why. */
	record Failure(ConsumerRecord<byte[], byte[]> record, String reason) {
	}

	/** Shards, and threads: the reader's own and one helper. */
	static final int SHARDS = 2;

	private final EventCodec codec = new EventCodec();
	private final List<DetectionShard> shards;
	private final ExecutorService helper;

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
		int size = records.size();
		DecodeResult[] decoded = new DecodeResult[size];
		int half = size / 2;
		Future<?> second = helper.submit(() -> decode(records, decoded, half, size));
		decode(records, decoded, 0, half);
		await(second);
		Future<?> helped = helper.submit(() -> feed(1, records, decoded, nowMillis));
		feed(0, records, decoded, nowMillis);
		await(helped);
		List<Failure> failures = new ArrayList<>();
		for (int i = 0; i < size; i++) {
			if (!(decoded[i] instanceof DecodeResult.Decoded)) {
				failures.add(new Failure(records.get(i), decoded[i] instanceof DecodeResult.Failed failed
						? failed.error().toString()
						: "TOMBSTONE: a record without a value on a change log"));
			}
		}
		return failures;
	}

	/** Copies the figures of every shard for other threads; call between checks. */
	void publish(long nowMillis) {
		shards.forEach(shard -> shard.publish(nowMillis));
	}

	/** The figures of {@code link} over all shards, as last published. */
	LinkActivity.Figures figures(String link) {
		LinkActivity.Figures figures = shards.get(0).figures(link);
		for (int i = 1; i < SHARDS; i++) {
			figures = figures.plus(shards.get(i).figures(link));
		}
		return figures;
	}

	private void decode(List<ConsumerRecord<byte[], byte[]>> records, DecodeResult[] decoded, int from, int to) {
		for (int i = from; i < to; i++) {
			byte[] value = records.get(i).value();
			decoded[i] = value == null ? null : codec.decode(value);
		}
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
