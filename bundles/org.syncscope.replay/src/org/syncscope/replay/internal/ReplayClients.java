package org.syncscope.replay.internal;

import java.util.Map;

import org.apache.kafka.clients.CommonClientConfigs;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.consumer.Consumer;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.producer.Producer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.common.KafkaException;
import org.syncscope.kafka.KafkaClients;
import org.syncscope.replay.ReplayException;
import org.syncscope.replay.ReplayLink;

/**
 * Kafka clients set up the way a replay needs them: consumers that read only committed data and never
 * create topics or jump silently past deleted offsets, and an idempotent transactional producer whose
 * transactional id is the job's, so that a resumed job fences and aborts what a crashed run left open.
 */
public final class ReplayClients {

	private static final String PREFIX = "syncscope-replay-";

	private ReplayClients() {
	}

	/** The transactional id, and the group whose offsets commit with each batch, of job {@code jobId}. */
	public static String transactionalId(String jobId) {
		return PREFIX + jobId;
	}

	public static Admin admin(ReplayLink link) {
		return KafkaClients.admin(base(link));
	}

	/**
	 * A read-committed consumer without a group: replays assign and seek their partitions themselves, and a
	 * copy commits its offsets through the producer's transaction, under the job's group id.
	 */
	public static Consumer<byte[], byte[]> consumer(ReplayLink link) {
		Map<String, Object> config = base(link);
		config.put(ConsumerConfig.ISOLATION_LEVEL_CONFIG, "read_committed");
		config.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false);
		config.put(ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "none");
		config.put(ConsumerConfig.ALLOW_AUTO_CREATE_TOPICS_CONFIG, false);
		config.put(ConsumerConfig.MAX_POLL_RECORDS_CONFIG, 2000);
		config.put(ConsumerConfig.FETCH_MIN_BYTES_CONFIG, 1);
		// a range ends at a fixed offset: a fetch still out then must not keep close() waiting the default 500 ms
		config.put(ConsumerConfig.FETCH_MAX_WAIT_MS_CONFIG, 50);
		return KafkaClients.bytesConsumer(config);
	}

	/**
	 * Fences any earlier producer of job {@code jobId}: the transaction a crashed run left open is aborted, or
	 * its commit completed, before this returns, so the offsets committed for the job are settled.
	 */
	public static void fence(ReplayLink link, String jobId) throws ReplayException {
		try (Producer<byte[], byte[]> producer = transactionalProducer(link, jobId)) {
			producer.initTransactions();
		} catch (KafkaException e) {
			throw new ReplayException("Could not settle the last transaction of replay " + jobId + ": "
					+ e.getMessage(), e);
		}
	}

	/** The transactional producer of job {@code jobId}. */
	public static Producer<byte[], byte[]> transactionalProducer(ReplayLink link, String jobId) {
		Map<String, Object> config = base(link);
		config.put(ProducerConfig.TRANSACTIONAL_ID_CONFIG, transactionalId(jobId));
		config.put(ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, true);
		config.put(ProducerConfig.ACKS_CONFIG, "all");
		config.put(ProducerConfig.LINGER_MS_CONFIG, 5);
		config.put(ProducerConfig.BATCH_SIZE_CONFIG, 256 * 1024);
		config.put(ProducerConfig.COMPRESSION_TYPE_CONFIG, "lz4");
		// the coordinator answers CONCURRENT_TRANSACTIONS while it writes the previous batch's markers: ask again soon
		config.put(ProducerConfig.RETRY_BACKOFF_MS_CONFIG, 10);
		config.put(ProducerConfig.RETRY_BACKOFF_MAX_MS_CONFIG, 100);
		return KafkaClients.bytesProducer(config);
	}

	private static Map<String, Object> base(ReplayLink link) {
		Map<String, Object> config = KafkaClients.config(link.bootstrapServers(), link.clientProperties());
		config.remove(CommonClientConfigs.CLIENT_ID_CONFIG); // one link's client id must not collide across clients
		// a replay's clients live for one dry run or one job: registering their metrics as JMX beans cost more
		// CPU than copying a small range (55 of 155 ms per 10-event replay, measured); they are read nowhere
		config.put(CommonClientConfigs.METRIC_REPORTER_CLASSES_CONFIG, "");
		return config;
	}
}
