package org.syncscope.core.tests.conflict;

import java.util.Arrays;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import java.util.UUID;

import org.syncscope.core.event.ChangeEvent;
import org.syncscope.core.event.Operation;
import org.syncscope.core.event.Payload;
import org.syncscope.core.tests.Events;
import org.syncscope.core.vv.VersionVector;

/**
 * A reproducible event stream for the detector benchmarks: every key is written once, then random keys are
 * updated by three replicas. A share of the updates is made concurrently with the latest version (its last
 * writer's counter one lower, another replica's one higher), and each such conflict is followed by a
 * resolution that merges both, so that every conflict opens and closes as in production. Ordinary writes,
 * concurrent writes and resolutions draw their payloads from separate pools, so that no concurrent write is
 * a pseudo-conflict by accident.
 */
final class SyncWorkload {

	static final String[] REPLICAS = { "eu-west", "us-east", "ap-south" };

	private static final int ORDINARY = 48;
	private static final int CONCURRENT = 8;
	private static final int RESOLVED = 8;

	private final ChangeEvent[] events;
	private final int conflicts;

	private SyncWorkload(ChangeEvent[] events, int conflicts) {
		this.events = events;
		this.conflicts = conflicts;
	}

	/** {@code keys} first writes then {@code updates} updates, of which {@code conflictRate} are concurrent. */
	static SyncWorkload generate(int keys, int updates, double conflictRate, long seed) {
		Random random = new Random(seed);
		Payload[] payloads = new Payload[ORDINARY + CONCURRENT + RESOLVED];
		for (int i = 0; i < payloads.length; i++) {
			payloads[i] = Events.payload("{\"name\":\"customer " + i + "\",\"balance\":" + random.nextInt(10_000)
					+ ",\"active\":" + random.nextBoolean() + "}");
		}
		String[] names = new String[keys];
		VersionVector[] current = new VersionVector[keys];
		String[] lastWriter = new String[keys];
		ChangeEvent[] stream = new ChangeEvent[keys + updates + (int) (updates * conflictRate * 2) + 16];
		int size = 0;
		int conflicts = 0;
		for (int key = 0; key < keys; key++) {
			names[key] = String.format("customer-%07d", key);
			String origin = REPLICAS[random.nextInt(REPLICAS.length)];
			current[key] = VersionVector.empty().increment(origin);
			lastWriter[key] = origin;
			stream[size++] = event(random, names[key], origin, current[key], payloads[key % ORDINARY], key);
		}
		for (int i = 0; i < updates; i++) {
			int key = random.nextInt(keys);
			long time = keys + i;
			String origin = REPLICAS[random.nextInt(REPLICAS.length)];
			if (random.nextDouble() < conflictRate && !origin.equals(lastWriter[key])) {
				Map<String, Long> counters = new TreeMap<>(current[key].asMap());
				counters.merge(lastWriter[key], -1L, Long::sum);
				VersionVector concurrent = VersionVector.of(counters).increment(origin);
				Payload different = payloads[ORDINARY + random.nextInt(CONCURRENT)];
				stream[size++] = event(random, names[key], origin, concurrent, different, time);
				VersionVector resolved = current[key].merge(concurrent).increment(REPLICAS[0]);
				Payload merged = payloads[ORDINARY + CONCURRENT + random.nextInt(RESOLVED)];
				stream[size++] = event(random, names[key], REPLICAS[0], resolved, merged, time);
				current[key] = resolved;
				lastWriter[key] = REPLICAS[0];
				conflicts++;
			} else {
				current[key] = current[key].increment(origin);
				lastWriter[key] = origin;
				stream[size++] = event(random, names[key], origin, current[key],
						payloads[random.nextInt(ORDINARY)], time);
			}
		}
		return new SyncWorkload(Arrays.copyOf(stream, size), conflicts);
	}

	private static ChangeEvent event(Random random, String key, String origin, VersionVector vector, Payload payload,
			long time) {
		return new ChangeEvent(new UUID(random.nextLong(), random.nextLong()), key, Operation.UPSERT, payload, origin,
				vector, 1_764_000_000_000L + time);
	}

	ChangeEvent[] events() {
		return events;
	}

	int conflicts() {
		return conflicts;
	}
}
