package org.syncscope.store.outbox;

import java.time.Instant;
import java.util.Objects;

/**
 * One record waiting to be published (or published) to Kafka: committed in the same transaction as the
 * decision that produced it, so that nothing decided is ever lost and nothing is published undecided.
 *
 * @param id row id, the publishing order
 * @param resolutionId the resolution the record carries (sent as a header; the same id twice is one write)
 * @param clusterId the cluster to publish to
 * @param topic the topic to publish to
 * @param key the record key
 * @param value the record value, already encoded
 * @param state {@link Outbox#PENDING} or {@link Outbox#SENT}
 * @param createdAt when the row was committed
 * @param attempts failed publishing attempts so far
 */
public record OutboxEntry(long id, String resolutionId, String clusterId, String topic, String key, byte[] value,
		String state, Instant createdAt, int attempts) {

	public OutboxEntry {
		Objects.requireNonNull(resolutionId, "resolutionId");
		Objects.requireNonNull(topic, "topic");
		Objects.requireNonNull(key, "key");
		Objects.requireNonNull(value, "value");
	}
}
