package org.syncscope.streams.tests;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.OffsetSpec;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.common.TopicPartition;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.syncscope.kafka.KafkaClients;
import org.syncscope.kafka.broker.BrokerSettings;
import org.syncscope.kafka.broker.LocalKafkaBroker;
import org.syncscope.kafka.monitor.ClusterSpec;
import org.syncscope.simulator.SimulatorSettings;
import org.syncscope.simulator.SyncSimulator;
import org.syncscope.streams.DetectorSettings;
import org.syncscope.streams.StreamsDetector;
import org.syncscope.testing.Await;
import org.syncscope.testing.TestOutput;
import org.syncscope.testing.bench.Benchmark;
import org.syncscope.testing.bench.BenchmarkReport;
import org.syncscope.testing.bench.CpuTime;
import org.syncscope.testing.kafka.BareConsumer;
import org.syncscope.testing.kafka.KafkaBrokerExtension;

/**
 * The streams detector's throughput on this machine: the simulator fills the sample topology's three change
 * logs (3 partitions each, 2% concurrent writes), then in the same run and interleaved, a bare
 * consume-and-discard loop, one detector instance and two detector instances (in this JVM, one stream thread
 * each) read them all from the beginning, each detector with a fresh application id, timed until its group
 * has committed the end of every partition. Reported as events per second, their ratio to the bare loop, and
 * the CPU time per event of the test JVM and the broker. Run with {@code -Pbenchmarks}.
 */
@Tag(Benchmark.TAG)
class StreamsDetectorBenchmark {

	private static final long EVENTS = 300_000;
	private static final int WARMUPS = 1;
	private static final int ITERATIONS = 3;
	private static final Duration TIMEOUT = Duration.ofMinutes(5);

	private int runs;

	@Test
	void detectorThroughputWithOneAndTwoInstances() throws Exception {
		Path lib = Path.of(System.getProperty(KafkaBrokerExtension.LIB_PROPERTY));
		try (LocalKafkaBroker broker = LocalKafkaBroker.start(BrokerSettings.of(lib,
				TestOutput.scratchFolder("kafka-detector-bench-")))) {
			String bootstrap = broker.bootstrapServers();
			TaggedSample sample = TaggedSample.write(TestOutput.scratchFolder("detector-bench"), bootstrap, "bench");
			fill(bootstrap, sample);
			ClusterSpec cluster = sample.cluster();
			Map<TopicPartition, Long> ends = ends(bootstrap, cluster);
			long events = ends.values().stream().mapToLong(Long::longValue).sum();
			String[] names = { "bare consume-and-discard", "streams detector, one instance",
					"streams detector, two instances" };
			double[][] rates = new double[names.length][ITERATIONS];
			CpuTime[] cpu = { new CpuTime(0, 0), new CpuTime(0, 0), new CpuTime(0, 0) };
			for (int i = -WARMUPS; i < ITERATIONS; i++) {
				for (int side = 0; side < names.length; side++) {
					CpuTime before = CpuTime.now();
					long nanos = side == 0 ? consume(bootstrap, cluster, events) : detect(cluster, ends, side);
					CpuTime after = CpuTime.now();
					if (i >= 0) {
						rates[side][i] = events * 1e9 / nanos;
						cpu[side] = cpu[side].plus(after.since(before));
					}
				}
			}
			List<Benchmark.Result> results = new ArrayList<>();
			for (int side = 0; side < names.length; side++) {
				results.add(Benchmark.summarize(names[side] + ", " + events + " events", "events/s", rates[side]));
				BenchmarkReport.record(results.get(side));
			}
			long measured = events * ITERATIONS;
			for (int side = 1; side < names.length; side++) {
				BenchmarkReport.note(String.format(Locale.ROOT, "%s / bare consumer = %.3f", names[side],
						results.get(side).mean() / results.get(0).mean()));
			}
			for (int side = 0; side < names.length; side++) {
				BenchmarkReport.note(String.format(Locale.ROOT, "CPU per event, %s: %.2f us (test JVM) + %.2f us (broker)",
						names[side], cpu[side].selfNanos() / 1e3 / measured, cpu[side].childrenNanos() / 1e3 / measured));
			}
		}
	}

	private static void fill(String bootstrap, TaggedSample sample) throws Exception {
		try (SyncSimulator simulator = SyncSimulator.start(bootstrap, new SimulatorSettings(sample.regions(), 100_000,
				1_000_000, 0.02, 0.25, 0, Duration.ZERO, Duration.ZERO, Duration.ofHours(1), 3, 7L))) {
			Await.until(EVENTS + " events written", TIMEOUT,
					() -> sample.regions().stream().mapToLong(simulator.truth()::written).sum() >= EVENTS);
			simulator.pauseWriters();
		}
	}

	private static Map<TopicPartition, Long> ends(String bootstrap, ClusterSpec cluster) throws Exception {
		try (Admin admin = KafkaClients.admin(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap))) {
			Map<TopicPartition, OffsetSpec> latest = new HashMap<>();
			admin.describeTopics(cluster.changeLogs()).allTopicNames().get(30, TimeUnit.SECONDS).values()
					.forEach(topic -> topic.partitions().forEach(partition -> latest.put(
							new TopicPartition(topic.name(), partition.partition()), OffsetSpec.latest())));
			Map<TopicPartition, Long> ends = new HashMap<>();
			admin.listOffsets(latest).all().get(30, TimeUnit.SECONDS)
					.forEach((partition, info) -> ends.put(partition, info.offset()));
			return ends;
		}
	}

	/** Nanoseconds from subscribing until every event has been read and discarded. */
	private long consume(String bootstrap, ClusterSpec cluster, long events) {
		return BareConsumer.consume(bootstrap, cluster.changeLogs(), events, "bench.bare." + ++runs, Map.of(), TIMEOUT,
				records -> {
					// discarded
				});
	}

	/**
	 * Nanoseconds from starting {@code instances} detector instances until their group has committed the end of
	 * every change-log partition (closing not included).
	 */
	private long detect(ClusterSpec cluster, Map<TopicPartition, Long> ends, int instances) throws Exception {
		String applicationId = "bench-detector-" + ++runs;
		List<StreamsDetector> detectors = new ArrayList<>();
		try (Admin admin = KafkaClients.admin(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG,
				cluster.bootstrapServers()))) {
			long started = System.nanoTime();
			for (int i = 0; i < instances; i++) {
				detectors.add(StreamsDetector.start(cluster, new DetectorSettings(applicationId,
						TestOutput.scratchFolder("detector-bench-state-"), 0)));
			}
			Await.until("the detectors to commit the end of every partition", TIMEOUT,
					() -> committedAll(admin, applicationId, ends));
			return System.nanoTime() - started;
		} finally {
			detectors.forEach(StreamsDetector::close);
		}
	}

	private static boolean committedAll(Admin admin, String group, Map<TopicPartition, Long> ends) {
		try {
			Map<TopicPartition, OffsetAndMetadata> committed = admin.listConsumerGroupOffsets(group)
					.partitionsToOffsetAndMetadata().get(30, TimeUnit.SECONDS);
			return ends.entrySet().stream().allMatch(end -> committed.get(end.getKey()) != null
					&& committed.get(end.getKey()).offset() >= end.getValue());
		} catch (Exception e) {
			throw new IllegalStateException(e);
		}
	}
}
