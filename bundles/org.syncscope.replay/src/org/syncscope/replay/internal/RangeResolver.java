package org.syncscope.replay.internal;

import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.ListOffsetsOptions;
import org.apache.kafka.clients.admin.ListOffsetsResult.ListOffsetsResultInfo;
import org.apache.kafka.clients.admin.OffsetSpec;
import org.apache.kafka.clients.admin.TopicDescription;
import org.apache.kafka.common.IsolationLevel;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.errors.UnknownTopicOrPartitionException;
import org.syncscope.replay.PartitionSpan;
import org.syncscope.replay.ReplayException;
import org.syncscope.replay.ReplayRange;

/**
 * Turns a chosen range into offsets per partition and checks them against the log as it is now, so that
 * ranges deleted by retention, beyond the end, empty, or on partitions and topics that do not exist are
 * refused with a clear message before anything is written. Offsets are those a read-committed reader sees.
 */
public final class RangeResolver {

	private static final Duration TIMEOUT = Duration.ofSeconds(30);

	private final Admin admin;

	public RangeResolver(Admin admin) {
		this.admin = admin;
	}

	/** The number of partitions of {@code topic}. */
	public int partitionCount(String topic) throws ReplayException {
		try {
			TopicDescription description = admin.describeTopics(List.of(topic)).allTopicNames()
					.get(TIMEOUT.toMillis(), TimeUnit.MILLISECONDS).get(topic);
			return description.partitions().size();
		} catch (ExecutionException e) {
			if (e.getCause() instanceof UnknownTopicOrPartitionException) {
				throw new ReplayException("Topic '" + topic + "' does not exist on the cluster");
			}
			throw kafkaError("describe topic '" + topic + "'", e.getCause());
		} catch (TimeoutException e) {
			throw kafkaError("describe topic '" + topic + "'", e);
		} catch (InterruptedException e) {
			Thread.currentThread().interrupt();
			throw new ReplayException("Interrupted while describing topic '" + topic + "'", e);
		}
	}

	/** The offsets of {@code range} in {@code topic}, checked; only partitions with events are returned. */
	public List<PartitionSpan> resolve(String topic, ReplayRange range) throws ReplayException {
		int partitions = partitionCount(topic);
		return switch (range) {
		case ReplayRange.ByOffsets offsets -> check(topic, partitions, offsets.spans());
		case ReplayRange.ByTime time -> byTime(topic, partitions, time);
		};
	}

	/** Checks explicit spans against the log: every partition exists, every span is non-empty and in the log. */
	public List<PartitionSpan> check(String topic, List<PartitionSpan> spans) throws ReplayException {
		return check(topic, partitionCount(topic), spans);
	}

	private List<PartitionSpan> check(String topic, int partitions, List<PartitionSpan> spans)
			throws ReplayException {
		List<Integer> numbers = new ArrayList<>();
		for (PartitionSpan span : spans) {
			if (span.partition() >= partitions) {
				throw new ReplayException("Topic '" + topic + "' has partitions 0 to " + (partitions - 1)
						+ "; partition " + span.partition() + " does not exist");
			}
			if (span.isEmpty()) {
				throw new ReplayException("The range of partition " + span.partition() + " is empty (from offset "
						+ span.from() + " to " + span.to() + ", end exclusive)");
			}
			numbers.add(span.partition());
		}
		Map<Integer, Long> earliest = offsets(topic, numbers, OffsetSpec.earliest());
		Map<Integer, Long> latest = offsets(topic, numbers, OffsetSpec.latest());
		for (PartitionSpan span : spans) {
			long first = earliest.get(span.partition());
			long end = latest.get(span.partition());
			if (span.from() < first) {
				throw new ReplayException("Partition " + span.partition() + " of '" + topic + "' now starts at offset "
						+ first + " (older events were deleted by retention); the range starts at " + span.from());
			}
			if (span.to() > end) {
				throw new ReplayException("The range of partition " + span.partition() + " ends at " + span.to()
						+ ", beyond the end of the log: the next offset to be written is " + end);
			}
		}
		return spans;
	}

	private List<PartitionSpan> byTime(String topic, int partitions, ReplayRange.ByTime time) throws ReplayException {
		if (!time.from().isBefore(time.to())) {
			throw new ReplayException("The time range is empty: its start (" + time.from()
					+ ") must be before its end (" + time.to() + ")");
		}
		List<Integer> all = new ArrayList<>();
		for (int p = 0; p < partitions; p++) {
			all.add(p);
		}
		Map<Integer, Long> latest = offsets(topic, all, OffsetSpec.latest());
		Map<Integer, Long> starts = offsets(topic, all, OffsetSpec.forTimestamp(time.from().toEpochMilli()));
		Map<Integer, Long> ends = offsets(topic, all, OffsetSpec.forTimestamp(time.to().toEpochMilli()));
		List<PartitionSpan> spans = new ArrayList<>();
		for (int p : all) {
			long end = latest.get(p);
			long from = starts.get(p) < 0 ? end : starts.get(p);
			long to = ends.get(p) < 0 ? end : ends.get(p);
			if (from < to) {
				spans.add(new PartitionSpan(p, from, to));
			}
		}
		if (spans.isEmpty()) {
			throw new ReplayException("No partition of '" + topic + "' holds events between " + time.from() + " and "
					+ time.to());
		}
		return spans;
	}

	private Map<Integer, Long> offsets(String topic, List<Integer> partitions, OffsetSpec spec)
			throws ReplayException {
		Map<TopicPartition, OffsetSpec> request = new HashMap<>();
		partitions.forEach(p -> request.put(new TopicPartition(topic, p), spec));
		try {
			Map<TopicPartition, ListOffsetsResultInfo> result = admin
					.listOffsets(request, new ListOffsetsOptions(IsolationLevel.READ_COMMITTED)).all()
					.get(TIMEOUT.toMillis(), TimeUnit.MILLISECONDS);
			Map<Integer, Long> offsets = new HashMap<>();
			result.forEach((partition, info) -> offsets.put(partition.partition(), info.offset()));
			return offsets;
		} catch (ExecutionException e) {
			throw kafkaError("list the offsets of '" + topic + "'", e.getCause());
		} catch (TimeoutException e) {
			throw kafkaError("list the offsets of '" + topic + "'", e);
		} catch (InterruptedException e) {
			Thread.currentThread().interrupt();
			throw new ReplayException("Interrupted while listing offsets of '" + topic + "'", e);
		}
	}

	private static ReplayException kafkaError(String what, Throwable cause) {
		return new ReplayException("Could not " + what + ": " + cause.getClass().getSimpleName() + ": "
				+ cause.getMessage(), cause);
	}
}
