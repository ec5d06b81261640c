package org.syncscope.simulator;

import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.locks.LockSupport;

import org.apache.kafka.clients.consumer.Consumer;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.ConsumerRecords;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.errors.WakeupException;

/**
 * The applier of one sync link: consumes the source region's change log with the link's consumer group,
 * "applies" each event to the target at a limited rate and commits. It pauses on a schedule (so that lag
 * builds up and drains again) and on request, and keeps polling while paused so it stays in its group.
 */
final class Applier implements Runnable {

	private static final Duration POLL = Duration.ofMillis(200);
	private static final long SCHEDULE_TICK_MILLIS = 1_000;
	private static final long STAGGER_MILLIS = 7_000;

	private final String group;
	private final String topic;
	private final SimulatorSettings settings;
	private final Consumer<byte[], byte[]> consumer;
	private final GroundTruth truth;
	private final PauseSwitch pause;
	private final long startMillis = System.currentTimeMillis();
	private final int index;
	private volatile boolean running = true;

	/** {@code index} staggers the appliers' pauses so that links do not all stall at once. */
	Applier(String source, String target, int index, SimulatorSettings settings, Consumer<byte[], byte[]> consumer,
			GroundTruth truth, PauseSwitch pause) {
		this.index = index;
		this.group = SimulatorSettings.applierGroup(source, target);
		this.topic = SimulatorSettings.topicOf(source);
		this.settings = settings;
		this.consumer = consumer;
		this.truth = truth;
		this.pause = pause;
	}

	void stop() {
		running = false;
		consumer.wakeup();
	}

	@Override
	public void run() {
		try {
			consumer.subscribe(Set.of(topic));
			while (running) {
				boolean paused = pause.checkpoint() || inScheduledPause();
				if (paused) {
					consumer.pause(consumer.assignment());
				} else {
					consumer.resume(consumer.paused());
				}
				ConsumerRecords<byte[], byte[]> records = consumer.poll(POLL);
				if (!records.isEmpty()) {
					apply(records);
				}
			}
		} catch (WakeupException stopping) {
			// close() asked us to stop
		} finally {
			consumer.close(Duration.ofSeconds(5));
		}
	}

	/**
	 * Applier {@code i} pauses for {@code pauseFor x (1 + i % 3)} after every {@code pauseEvery} of work, its
	 * cycle shifted by {@code i x 7 s}: some links stall briefly, others long enough to cross thresholds.
	 */
	private boolean inScheduledPause() {
		long every = settings.applierPauseEvery().toMillis();
		long pauseFor = settings.applierPauseFor().toMillis() * (1 + index % 3);
		if (every <= 0 || pauseFor <= 0) {
			return false;
		}
		long elapsed = System.currentTimeMillis() - startMillis + index * STAGGER_MILLIS;
		long tick = elapsed / SCHEDULE_TICK_MILLIS * SCHEDULE_TICK_MILLIS;
		return tick % (every + pauseFor) >= every;
	}

	private void apply(ConsumerRecords<byte[], byte[]> records) {
		long perEventNanos = settings.applierEventsPerSecond() > 0
				? (long) (1e9 / settings.applierEventsPerSecond())
				: 0;
		Map<TopicPartition, OffsetAndMetadata> done = new HashMap<>();
		for (ConsumerRecord<byte[], byte[]> record : records) {
			if (perEventNanos > 0) {
				LockSupport.parkNanos(perEventNanos);
			}
			done.put(new TopicPartition(record.topic(), record.partition()), new OffsetAndMetadata(record.offset() + 1));
		}
		consumer.commitSync(done);
		truth.applied(group, records.count());
	}
}
