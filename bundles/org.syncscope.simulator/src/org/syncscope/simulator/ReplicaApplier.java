package org.syncscope.simulator;

import java.time.Duration;
import java.util.List;

import org.apache.kafka.clients.consumer.Consumer;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.common.errors.WakeupException;
import org.syncscope.core.event.DecodeResult;
import org.syncscope.core.event.EventCodec;

/**
 * Applies the change logs of the other regions to one region's {@link ReplicaState}, as that region's
 * appliers would: every event, including the resolutions SyncScope publishes there, in log order.
 */
final class ReplicaApplier implements Runnable {

	private static final Duration POLL = Duration.ofMillis(100);

	private final Consumer<byte[], byte[]> consumer;
	private final List<String> topics;
	private final ReplicaState replica;
	private final EventCodec codec = new EventCodec();
	private volatile boolean running = true;
	private volatile String failure;

	ReplicaApplier(Consumer<byte[], byte[]> consumer, List<String> topics, ReplicaState replica) {
		this.consumer = consumer;
		this.topics = List.copyOf(topics);
		this.replica = replica;
	}

	/** Why applying stopped early, if it did: a record that did not decode. */
	String failure() {
		return failure;
	}

	void stop() {
		running = false;
		consumer.wakeup();
	}

	@Override
	public void run() {
		try {
			consumer.subscribe(topics);
			while (running) {
				for (ConsumerRecord<byte[], byte[]> record : consumer.poll(POLL)) {
					if (codec.decode(record.value()) instanceof DecodeResult.Decoded decoded) {
						replica.received(decoded.event());
					} else {
						failure = "a record of " + record.topic() + " at offset " + record.offset() + " did not decode";
					}
				}
			}
		} catch (WakeupException stopping) {
			// stop() was called
		} finally {
			consumer.close(Duration.ofSeconds(5));
		}
	}
}
