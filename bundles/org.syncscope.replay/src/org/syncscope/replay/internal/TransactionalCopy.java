package org.syncscope.replay.internal;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.BooleanSupplier;

import org.apache.kafka.clients.consumer.Consumer;
import org.apache.kafka.clients.consumer.ConsumerGroupMetadata;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.clients.producer.Producer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.KafkaException;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.header.Header;
import org.apache.kafka.common.header.internals.RecordHeader;
import org.apache.kafka.common.header.internals.RecordHeaders;
import org.syncscope.replay.KeyFilter;
import org.syncscope.replay.PartitionSpan;
import org.syncscope.replay.ReplayException;
import org.syncscope.replay.ReplayHeaders;
import org.syncscope.replay.ReplayState;

/**
 * Copies the records of a range to the target, one Kafka transaction per batch: the batch's records and the
 * source offsets it reached (in the job's consumer group) commit together, so a read-committed reader sees a
 * batch entirely or not at all, and a resume continues exactly after the last committed batch. Cancelling
 * between or inside a batch aborts the open transaction. Each copy carries the replay id, its replay count
 * (one more than the source's) and its source position; key, value and other headers are copied unchanged.
 */
public final class TransactionalCopy {

	/** Told after each committed batch: the next source offset per partition and the events committed. */
	@FunctionalInterface
	public interface BatchCommitted {
		void committed(Map<Integer, Long> nextOffsets, long batchEvents);
	}

	/** How the copy ended. */
	public record Outcome(ReplayState state, long copied, String message) {
	}

	private final String jobId;
	private final String sourceTopic;
	private final String targetTopic;
	private final boolean samePartitions;
	private final KeyFilter filter;
	private final int batchSize;
	private final int maxReplayCount;

	public TransactionalCopy(String jobId, String sourceTopic, String targetTopic, boolean samePartitions,
			KeyFilter filter, int batchSize, int maxReplayCount) {
		this.jobId = jobId;
		this.sourceTopic = sourceTopic;
		this.targetTopic = targetTopic;
		this.samePartitions = samePartitions;
		this.filter = filter;
		this.batchSize = batchSize;
		this.maxReplayCount = maxReplayCount;
	}

	/**
	 * Copies {@code spans} (already narrowed to what is left to do) with {@code producer}, whose transactions
	 * are initialised here; {@code scanner} reads with the job's group id.
	 */
	public Outcome copy(List<PartitionSpan> spans, RangeScanner scanner, Producer<byte[], byte[]> producer,
			BooleanSupplier cancelled, BatchCommitted onCommitted) {
		ConsumerGroupMetadata group = new ConsumerGroupMetadata(ReplayClients.transactionalId(jobId));
		List<ProducerRecord<byte[], byte[]>> batch = new ArrayList<>(batchSize);
		Map<Integer, Long> next = new HashMap<>();
		long[] copied = { 0 };
		boolean[] aborted = { false };
		try {
			producer.initTransactions();
			boolean complete = scanner.scan(sourceTopic, spans, record -> {
				next.put(record.partition(), record.offset() + 1);
				if (filter.matches(record.key()) && ReplayHeaders.replayCount(record.headers()) < maxReplayCount) {
					batch.add(copyOf(record));
				}
				if (batch.size() >= batchSize) {
					if (!commit(producer, group, batch, next, cancelled, onCommitted, copied)) {
						aborted[0] = true;
						return false;
					}
				}
				return true;
			}, cancelled);
			if (!complete) {
				return new Outcome(ReplayState.CANCELLED, copied[0], cancelMessage(copied[0], aborted[0]));
			}
			spans.forEach(span -> next.put(span.partition(), span.to()));
			if (!commit(producer, group, batch, next, cancelled, onCommitted, copied)) {
				return new Outcome(ReplayState.CANCELLED, copied[0], cancelMessage(copied[0], true));
			}
			return new Outcome(ReplayState.COMPLETED, copied[0], "Replayed " + copied[0] + " events");
		} catch (ReplayException e) {
			abortQuietly(producer);
			return new Outcome(ReplayState.FAILED, copied[0], e.getMessage());
		} catch (KafkaException e) {
			abortQuietly(producer);
			return new Outcome(ReplayState.FAILED, copied[0], "Kafka failed: " + e.getClass().getSimpleName() + ": "
					+ e.getMessage() + " (the open batch was aborted; resume continues after the last committed one)");
		}
	}

	private boolean commit(Producer<byte[], byte[]> producer, ConsumerGroupMetadata group,
			List<ProducerRecord<byte[], byte[]>> batch, Map<Integer, Long> next, BooleanSupplier cancelled,
			BatchCommitted onCommitted, long[] copied) {
		if (cancelled.getAsBoolean()) {
			return false;
		}
		producer.beginTransaction();
		for (ProducerRecord<byte[], byte[]> record : batch) {
			producer.send(record);
			if (cancelled.getAsBoolean()) {
				producer.abortTransaction();
				return false;
			}
		}
		Map<TopicPartition, OffsetAndMetadata> offsets = new HashMap<>();
		next.forEach((partition, offset) -> offsets.put(new TopicPartition(sourceTopic, partition),
				new OffsetAndMetadata(offset)));
		producer.sendOffsetsToTransaction(offsets, group);
		producer.commitTransaction();
		copied[0] += batch.size();
		onCommitted.committed(Map.copyOf(next), batch.size());
		batch.clear();
		return true;
	}

	private ProducerRecord<byte[], byte[]> copyOf(ConsumerRecord<byte[], byte[]> record) {
		RecordHeaders headers = new RecordHeaders();
		for (Header header : record.headers()) {
			if (!header.key().startsWith("syncscope.replay.")) {
				headers.add(header);
			}
		}
		headers.add(new RecordHeader(ReplayHeaders.REPLAY_ID, ascii(jobId)));
		headers.add(new RecordHeader(ReplayHeaders.REPLAY_COUNT,
				ascii(Integer.toString(ReplayHeaders.replayCount(record.headers()) + 1))));
		headers.add(new RecordHeader(ReplayHeaders.REPLAY_SOURCE,
				ascii(record.topic() + "/" + record.partition() + "/" + record.offset())));
		Integer partition = samePartitions ? record.partition() : null;
		return new ProducerRecord<>(targetTopic, partition, record.key(), record.value(), headers);
	}

	private static byte[] ascii(String text) {
		return text.getBytes(StandardCharsets.UTF_8);
	}

	private static String cancelMessage(long copied, boolean aborted) {
		return "Cancelled after " + copied + " events in committed batches"
				+ (aborted ? "; the batch in progress was discarded (aborted if already sent)" : "");
	}

	private static void abortQuietly(Producer<byte[], byte[]> producer) {
		try {
			producer.abortTransaction();
		} catch (KafkaException | IllegalStateException e) {
			// no transaction open, or the producer is fenced: the broker aborts it
		}
	}
}
