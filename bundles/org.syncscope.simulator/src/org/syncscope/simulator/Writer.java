package org.syncscope.simulator;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Random;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.locks.LockSupport;

import org.apache.kafka.clients.producer.Producer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.syncscope.core.event.ChangeEvent;
import org.syncscope.core.event.EventCodec;
import org.syncscope.core.event.Operation;
import org.syncscope.core.event.Payload;
import org.syncscope.core.vv.VersionVector;
import org.syncscope.simulator.GroundTruth.RegionPair;

import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * The replicas' writes: one thread writes for every region in turn at the configured rate, publishing each
 * change event to the writing region's change log. Now and then two regions write the same key from the same
 * version (a concurrent write pair); the ground truth records every pair.
 */
final class Writer implements Runnable {

	private static final long MAX_BEHIND_NANOS = Duration.ofSeconds(1).toNanos();

	private final SimulatorSettings settings;
	private final Producer<byte[], byte[]> producer;
	private final GroundTruth truth;
	private final PauseSwitch pause;
	private final Random random;
	private final KeyKnowledge knowledge;
	private final OrderPayloads payloads;
	private final EventCodec codec = new EventCodec();
	private volatile boolean running = true;
	private int nextRegion;

	Writer(SimulatorSettings settings, Producer<byte[], byte[]> producer, GroundTruth truth, PauseSwitch pause) {
		this.settings = settings;
		this.producer = producer;
		this.truth = truth;
		this.pause = pause;
		this.random = new Random(settings.seed());
		this.knowledge = new KeyKnowledge(settings.keys());
		this.payloads = new OrderPayloads(random);
	}

	void stop() {
		running = false;
	}

	@Override
	public void run() {
		long interval = (long) (1e9 / (settings.eventsPerSecondPerReplica() * settings.regions().size()));
		long next = System.nanoTime();
		try {
			while (running) {
				if (pause.requested()) {
					producer.flush();
				}
				if (pause.checkpoint()) {
					pause.awaitResume(100);
					next = System.nanoTime();
					continue;
				}
				writeOne(System.currentTimeMillis());
				next += interval;
				long wait = next - System.nanoTime();
				if (wait > 0) {
					LockSupport.parkNanos(wait);
				} else if (-wait > MAX_BEHIND_NANOS) {
					next = System.nanoTime();
				}
			}
		} catch (InterruptedException e) {
			Thread.currentThread().interrupt();
		} finally {
			producer.flush();
		}
	}

	private void writeOne(long now) {
		String region = settings.regions().get(nextRegion);
		nextRegion = (nextRegion + 1) % settings.regions().size();
		int key = random.nextInt(settings.keys());
		if (knowledge.isResting(key, now)) {
			return;
		}
		if (knowledge.payload(key) != null && random.nextDouble() < settings.concurrentWriteProbability()) {
			writeConcurrentPair(key, region, otherRegion(region), now);
		} else {
			ObjectNode before = knowledge.payload(key);
			ObjectNode after = before == null ? payloads.create(key)
					: random.nextBoolean() ? payloads.withNewStatus(before) : payloads.withNewAmount(before);
			VersionVector version = knowledge.version(key).increment(SimulatorSettings.replicaOf(region));
			knowledge.written(key, version, after);
			send(region, key, version, after, now, null);
		}
	}

	/**
	 * Both regions start from the same version: neither event dominates the other. Usually each changes its
	 * own field (one the status, the other the amount), which a merge of disjoint fields resolves; in
	 * {@link SimulatorSettings#OVERLAPPING_SHARE} of the pairs both change both, which needs a person.
	 */
	private void writeConcurrentPair(int key, String first, String second, long now) {
		VersionVector base = knowledge.version(key);
		ObjectNode before = knowledge.payload(key);
		boolean pseudo = random.nextDouble() < settings.pseudoConflictShare();
		boolean overlapping = !pseudo && random.nextDouble() < SimulatorSettings.OVERLAPPING_SHARE;
		ObjectNode firstPayload = overlapping ? payloads.withNewAmount(payloads.withNewStatus(before))
				: payloads.withNewStatus(before);
		ObjectNode secondPayload = pseudo ? firstPayload
				: overlapping ? payloads.withNewAmount(payloads.withNewStatus(before)) : payloads.withNewAmount(before);
		VersionVector firstVersion = base.increment(SimulatorSettings.replicaOf(first));
		VersionVector secondVersion = base.increment(SimulatorSettings.replicaOf(second));
		knowledge.written(key, firstVersion, firstPayload);
		knowledge.written(key, secondVersion, secondPayload);
		knowledge.rest(key, now + settings.conflictCooldown().toMillis());
		Runnable bothSent = countdown(2,
				() -> truth.injectedConflict(RegionPair.of(first, second), KeyKnowledge.keyName(key), pseudo));
		send(first, key, firstVersion, firstPayload, now, bothSent);
		send(second, key, secondVersion, secondPayload, now, bothSent);
	}

	private String otherRegion(String region) {
		List<String> regions = settings.regions();
		String other;
		do {
			other = regions.get(random.nextInt(regions.size()));
		} while (other.equals(region));
		return other;
	}

	private void send(String region, int key, VersionVector version, ObjectNode payload, long now,
			Runnable onSent) {
		ChangeEvent event = new ChangeEvent(new UUID(random.nextLong(), random.nextLong()),
				KeyKnowledge.keyName(key), Operation.UPSERT, Payload.of(payload), SimulatorSettings.replicaOf(region),
				version, now);
		ProducerRecord<byte[], byte[]> record = new ProducerRecord<>(SimulatorSettings.topicOf(region),
				event.key().getBytes(StandardCharsets.UTF_8), codec.encode(event));
		producer.send(record, (metadata, error) -> {
			if (error == null) {
				truth.wrote(region);
				if (onSent != null) {
					onSent.run();
				}
			}
		});
	}

	private static Runnable countdown(int count, Runnable whenDone) {
		AtomicInteger remaining = new AtomicInteger(count);
		return () -> {
			if (remaining.decrementAndGet() == 0) {
				whenDone.run();
			}
		};
	}
}
