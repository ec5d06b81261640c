package org.syncscope.simulator;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.LockSupport;

import org.apache.kafka.clients.producer.Producer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.syncscope.core.event.ChangeEvent;
import org.syncscope.core.event.EventCodec;
import org.syncscope.core.event.Operation;
import org.syncscope.core.event.Payload;
import org.syncscope.core.vv.VersionVector;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * Writes counter increments and set additions and removals as two regions' replicas would: each write reads
 * the writing region's own replica, changes the counter by a random amount and adds a new element to the set
 * or removes one it holds, and publishes the whole record with the replica's version incremented. A key is
 * written only once both replicas hold the same version of it; then, now and then, both regions write it from
 * that version at once (a concurrent pair, which only a merge of both can settle).
 */
final class CounterSetWriter implements Runnable {

	private static final long IDLE_NANOS = TimeUnit.MILLISECONDS.toNanos(2);

	private final CounterSetSettings settings;
	private final Producer<byte[], byte[]> producer;
	private final Map<String, ReplicaState> replicas;
	private final CounterSetTruth truth;
	private final Random random;
	private final EventCodec codec = new EventCodec();
	private volatile boolean running = true;
	private volatile boolean finished;
	private volatile String failure;
	private int written;
	private long elements;

	CounterSetWriter(CounterSetSettings settings, Producer<byte[], byte[]> producer, Map<String, ReplicaState> replicas,
			CounterSetTruth truth) {
		this.settings = settings;
		this.producer = producer;
		this.replicas = replicas;
		this.truth = truth;
		this.random = new Random(settings.seed());
	}

	static String keyName(int key) {
		return "stock-" + key;
	}

	/** Whether every operation has been written and acknowledged. */
	boolean finished() {
		return finished;
	}

	/** Why a write was lost, if one was. */
	String failure() {
		return failure;
	}

	void stop() {
		running = false;
	}

	/** Whether both replicas hold the same version of {@code key} (or neither holds it). */
	boolean settled(String key) {
		List<VersionVector> versions = replicas.values().stream()
				.map(replica -> replica.held(key).map(ReplicaState.Held::version).orElse(VersionVector.empty()))
				.distinct().toList();
		return versions.size() == 1;
	}

	@Override
	public void run() {
		long interval = (long) (1e9 / settings.operationsPerSecond());
		long next = System.nanoTime();
		try {
			while (running && written < settings.operations()) {
				String key = someSettledKey();
				if (key == null) {
					LockSupport.parkNanos(IDLE_NANOS); // every key waits for an applier or a resolution
					continue;
				}
				if (exists(key) && random.nextDouble() < settings.concurrentShare()) {
					writeConcurrentPair(key);
				} else {
					List<String> regions = settings.regions();
					String region = regions.get(random.nextInt(regions.size()));
					write(region, key, 0);
				}
				next += interval;
				long wait = next - System.nanoTime();
				if (wait > 0) {
					LockSupport.parkNanos(wait);
				}
			}
			producer.flush();
			finished = running;
		} finally {
			producer.close();
		}
	}

	private String someSettledKey() {
		for (int tries = 0; tries < settings.keys(); tries++) {
			String key = keyName(random.nextInt(settings.keys()));
			if (settled(key)) {
				return key;
			}
		}
		return null;
	}

	private boolean exists(String key) {
		return replicas.get(settings.regions().get(0)).held(key).isPresent();
	}

	/** Both regions write from the version they share; their increments differ, so their records always do. */
	private void writeConcurrentPair(String key) {
		long first = write(settings.regions().get(0), key, 0);
		write(settings.regions().get(1), key, first);
		truth.concurrentPair(key);
	}

	/** Writes one operation at {@code region}; returns the increment, never 0 nor {@code notDelta}. */
	private long write(String region, String key, long notDelta) {
		ReplicaState replica = replicas.get(region);
		ReplicaState.Held base = replica.held(key).orElse(null);
		ObjectNode document = base == null ? created(key) : base.document().deepCopy();
		long delta;
		do {
			delta = random.nextInt(15) - 5;
		} while (delta == 0 || delta == notDelta);
		document.put(settings.counterField(), document.get(settings.counterField()).asLong() + delta);
		truth.incremented(key, delta);
		ArrayNode set = (ArrayNode) document.get(settings.setField());
		if (set.isEmpty() || random.nextBoolean()) {
			String element = region + "-" + ++elements;
			set.add(element);
			truth.added(key, element);
		} else {
			truth.removed(key, set.remove(random.nextInt(set.size())).asText());
		}
		VersionVector version = (base == null ? VersionVector.empty() : base.version())
				.increment(SimulatorSettings.replicaOf(region));
		replica.wrote(key, version, document);
		ChangeEvent event = new ChangeEvent(new UUID(random.nextLong(), random.nextLong()), key, Operation.UPSERT,
				Payload.of(document), SimulatorSettings.replicaOf(region), version, System.currentTimeMillis());
		producer.send(new ProducerRecord<>(SimulatorSettings.topicOf(region), key.getBytes(StandardCharsets.UTF_8),
				codec.encode(event)), (metadata, error) -> {
					if (error != null) {
						failure = "the write of " + key + " at " + region + " failed: " + error;
					}
				});
		written++;
		return delta;
	}

	private ObjectNode created(String key) {
		ObjectNode document = JsonNodeFactory.instance.objectNode();
		document.put("sku", key);
		document.put(settings.counterField(), 0);
		document.putArray(settings.setField());
		return document;
	}
}
