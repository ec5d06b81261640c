package org.syncscope.simulator.tests;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.clients.producer.Producer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.clients.producer.RecordMetadata;
import org.apache.kafka.common.KafkaFuture;
import org.apache.kafka.common.TopicPartition;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.syncscope.core.conflict.DetectorConfig;
import org.syncscope.core.lag.LagSettings;
import org.syncscope.core.policy.ConflictPolicy;
import org.syncscope.kafka.KafkaClients;
import org.syncscope.kafka.broker.BrokerSettings;
import org.syncscope.kafka.broker.LocalKafkaBroker;
import org.syncscope.kafka.monitor.ClusterHealth;
import org.syncscope.kafka.monitor.ClusterSpec;
import org.syncscope.kafka.monitor.ClusterStatus;
import org.syncscope.kafka.monitor.LinkSpec;
import org.syncscope.kafka.monitor.MonitorSettings;
import org.syncscope.kafka.monitor.MonitoringService;
import org.syncscope.testing.Await;
import org.syncscope.testing.TestOutput;
import org.syncscope.testing.bench.Benchmark;
import org.syncscope.testing.bench.BenchmarkReport;
import org.syncscope.testing.kafka.KafkaBrokerExtension;

/**
 * One full lag poll round against the local broker with 2,000 applier groups over 10,000 partitions (100
 * topics of 100 partitions; each group has committed offsets on 5 of them), where web consoles give up.
 * Goal: under one second per round. Run with {@code -Pbenchmarks}.
 */
@Tag(Benchmark.TAG)
class LagPollBenchmark {

	private static final int TOPICS = 100;
	private static final int PARTITIONS = 100;
	private static final int GROUPS = 2_000;
	private static final int ROUNDS = 20;

	@Test
	void pollRoundWith2000GroupsOver10000Partitions() throws Exception {
		Path lib = Path.of(System.getProperty(KafkaBrokerExtension.LIB_PROPERTY));
		try (LocalKafkaBroker broker = LocalKafkaBroker.start(BrokerSettings.of(lib, TestOutput.scratchFolder("kafka-bench-")))) {
			String bootstrap = broker.bootstrapServers();
			List<LinkSpec> links = prepare(bootstrap);
			MonitoringService monitoring = new MonitoringService();
			MonitorSettings settings = new MonitorSettings(Duration.ofMillis(200), Duration.ofSeconds(30),
					Duration.ofSeconds(5), false, "syncscope.monitor.bench", new DetectorConfig(1_024, 4),
					Clock.systemUTC());
			monitoring.start(List.of(new ClusterSpec("bench", "bench", bootstrap, Map.of(), links)), settings);
			try {
				List<Double> rounds = new ArrayList<>();
				Duration[] last = { null };
				Await.until(ROUNDS + " poll rounds", Duration.ofMinutes(5), () -> {
					ClusterHealth health = monitoring.latest().clusters().isEmpty() ? null
							: monitoring.latest().clusters().get(0);
					if (health != null && health.status() == ClusterStatus.UP && health.lastPollRound().isPresent()
							&& !health.lastPollRound().get().equals(last[0])) {
						last[0] = health.lastPollRound().get();
						rounds.add(last[0].toNanos() / 1e6);
					}
					return rounds.size() >= ROUNDS;
				});
				double[] measured = rounds.subList(5, rounds.size()).stream().mapToDouble(Double::doubleValue).toArray();
				BenchmarkReport.note("lag poll round: " + GROUPS + " groups, " + TOPICS * PARTITIONS
						+ " partitions, first 5 rounds discarded as warm-up");
				BenchmarkReport.record(Benchmark.summarize("lag poll round, 2,000 groups x 10,000 partitions", "ms",
						measured));
			} finally {
				monitoring.stop();
			}
		}
	}

	/** Topics with one record per partition, and each group's committed offsets on its five partitions. */
	private static List<LinkSpec> prepare(String bootstrap) throws Exception {
		try (Admin admin = KafkaClients.admin(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap,
				AdminClientConfig.REQUEST_TIMEOUT_MS_CONFIG, 120_000,
				AdminClientConfig.DEFAULT_API_TIMEOUT_MS_CONFIG, 300_000))) {
			for (int batch = 0; batch < TOPICS; batch += 10) {
				List<NewTopic> topics = new ArrayList<>();
				for (int t = batch; t < batch + 10; t++) {
					topics.add(new NewTopic(topic(t), PARTITIONS, (short) 1));
				}
				admin.createTopics(topics).all().get(5, TimeUnit.MINUTES);
			}
			try (Producer<byte[], byte[]> producer = KafkaClients.bytesProducer(
					Map.of(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap, ProducerConfig.LINGER_MS_CONFIG, 20))) {
				List<Future<RecordMetadata>> sent = new ArrayList<>();
				for (int t = 0; t < TOPICS; t++) {
					for (int p = 0; p < PARTITIONS; p++) {
						sent.add(producer.send(new ProducerRecord<>(topic(t), p, null, new byte[] { 1 })));
					}
				}
				for (Future<RecordMetadata> future : sent) {
					future.get(2, TimeUnit.MINUTES);
				}
			}
			List<LinkSpec> links = new ArrayList<>();
			List<KafkaFuture<Void>> commits = new ArrayList<>();
			int groupsPerTopic = GROUPS / TOPICS;
			int partitionsPerGroup = PARTITIONS / groupsPerTopic;
			for (int g = 0; g < GROUPS; g++) {
				String topic = topic(g % TOPICS);
				String group = "bench.applier." + g;
				Map<TopicPartition, OffsetAndMetadata> offsets = new HashMap<>();
				int first = g / TOPICS * partitionsPerGroup;
				for (int p = first; p < first + partitionsPerGroup; p++) {
					offsets.put(new TopicPartition(topic, p), new OffsetAndMetadata(g % 2));
				}
				commits.add(admin.alterConsumerGroupOffsets(group, offsets).all());
				links.add(new LinkSpec("link-" + g, "link " + g, "a", "b", topic, group, Set.of(), LagSettings.DEFAULT,
						ConflictPolicy.MANUAL, List.of()));
			}
			for (KafkaFuture<Void> commit : commits) {
				commit.get(5, TimeUnit.MINUTES);
			}
			return links;
		}
	}

	private static String topic(int index) {
		return String.format("bench.changes.%03d", index);
	}
}
