package org.syncscope.kafka.monitor;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.syncscope.core.event.DecodeResult;
import org.syncscope.core.event.EventCodec;

/**
 * Decodes one polled batch of change-log records and feeds every decoded event to the links that watch its
 * topic, with the work split in two halves: the calling reader thread does one, a helper thread the other
 * (first each decodes half of the records, then each feeds half of the links). A link is always fed by the
 * same thread, in log order, and {@link #check} returns only when both halves are done, so the reader may
 * publish figures, commit offsets and quarantine in between as before. Records that did not decode are
 * handed back for quarantine.
 */
final class BatchChecker implements AutoCloseable {

	/** A record that did not decode, with why. */
	record Failure(ConsumerRecord<byte[], byte[]> record, String reason) {
	}

	private final EventCodec codec = new EventCodec();
	private final List<LinkActivity> ownLinks = new ArrayList<>();
	private final List<LinkActivity> helperLinks = new ArrayList<>();
	private final ExecutorService helper;

	/** Splits {@code links} between the reader and a helper thread named {@code helperName}. */
	BatchChecker(List<LinkActivity> links, String helperName) {
		for (int i = 0; i < links.size(); i++) {
			(i % 2 == 0 ? ownLinks : helperLinks).add(links.get(i));
		}
		helper = Executors.newSingleThreadExecutor(Thread.ofPlatform().daemon().name(helperName).factory());
	}

	/** Decodes {@code records} and feeds the links; returns the records that did not decode, in order. */
	List<Failure> check(List<ConsumerRecord<byte[], byte[]>> records, long nowMillis) throws InterruptedException {
		int size = records.size();
		DecodeResult[] decoded = new DecodeResult[size];
		int half = size / 2;
		Future<?> second = helper.submit(() -> decode(records, decoded, half, size));
		decode(records, decoded, 0, half);
		await(second);
		Future<?> helped = helper.submit(() -> observe(helperLinks, records, decoded, nowMillis));
		observe(ownLinks, records, decoded, nowMillis);
		await(helped);
		List<Failure> failures = new ArrayList<>();
		for (int i = 0; i < size; i++) {
			if (!(decoded[i] instanceof DecodeResult.Decoded)) {
				failures.add(new Failure(records.get(i), decoded[i] instanceof DecodeResult.Failed failed
						? failed.error().toString()
						: "Record without a value (tombstone) on a change log"));
			}
		}
		return failures;
	}

	private void decode(List<ConsumerRecord<byte[], byte[]>> records, DecodeResult[] decoded, int from, int to) {
		for (int i = from; i < to; i++) {
			byte[] value = records.get(i).value();
			decoded[i] = value == null ? null : codec.decode(value);
		}
	}

	private static void observe(List<LinkActivity> links, List<ConsumerRecord<byte[], byte[]>> records,
			DecodeResult[] decoded, long nowMillis) {
		for (int i = 0; i < decoded.length; i++) {
			if (decoded[i] instanceof DecodeResult.Decoded event) {
				ConsumerRecord<byte[], byte[]> record = records.get(i);
				for (LinkActivity link : links) {
					link.observe(record.topic(), event.event(), record.serializedValueSize(), nowMillis);
				}
			}
		}
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
