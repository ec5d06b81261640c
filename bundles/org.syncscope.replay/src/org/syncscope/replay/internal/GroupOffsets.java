package org.syncscope.replay.internal;

import java.io.IOException;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.ListConsumerGroupOffsetsOptions;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.common.TopicPartition;
import org.syncscope.replay.ReplayException;

/**
 * The source offsets a job committed together with its batches, kept in Kafka under the job's group id.
 * They are the truth for a resume, read once {@link ReplayClients#fence} has settled the job's last
 * transaction: the store's copy is written after the Kafka commit and can be one batch behind after a crash,
 * so it is used only when Kafka no longer has the group (offsets expired).
 */
public final class GroupOffsets {

	private static final Duration TIMEOUT = Duration.ofSeconds(30);

	private GroupOffsets() {
	}

	/** The next source offset per partition of {@code topic} after the job's last committed batch. */
	public static Map<Integer, Long> committed(Admin admin, String groupId, String topic, String storedProgress)
			throws ReplayException {
		Map<Integer, Long> next = new TreeMap<>();
		try {
			// only stable offsets: none of a transaction still being committed or aborted
			Map<TopicPartition, OffsetAndMetadata> offsets = admin
					.listConsumerGroupOffsets(groupId, new ListConsumerGroupOffsetsOptions().requireStable(true))
					.partitionsToOffsetAndMetadata().get(TIMEOUT.toMillis(), TimeUnit.MILLISECONDS);
			offsets.forEach((partition, offset) -> {
				if (offset != null && partition.topic().equals(topic)) {
					next.put(partition.partition(), offset.offset());
				}
			});
		} catch (ExecutionException | TimeoutException e) {
			throw new ReplayException("Could not read the committed offsets of " + groupId + ": " + e.getMessage(), e);
		} catch (InterruptedException e) {
			Thread.currentThread().interrupt();
			throw new ReplayException("Interrupted while reading the offsets of " + groupId, e);
		}
		if (next.isEmpty()) {
			try {
				next.putAll(RangeJson.nextOffsets(storedProgress));
			} catch (IOException e) {
				throw new ReplayException("The stored progress of " + groupId + " is unreadable: " + e.getMessage(), e);
			}
		}
		return next;
	}

	/** Removes the job's group once the job has completed; a failure only leaves an idle group behind. */
	public static void deleteQuietly(Admin admin, String groupId) {
		try {
			admin.deleteConsumerGroups(List.of(groupId)).all().get(TIMEOUT.toMillis(), TimeUnit.MILLISECONDS);
		} catch (ExecutionException | TimeoutException e) {
			// an idle group with committed offsets does no harm; the broker expires its offsets
		} catch (InterruptedException e) {
			Thread.currentThread().interrupt();
		}
	}
}
