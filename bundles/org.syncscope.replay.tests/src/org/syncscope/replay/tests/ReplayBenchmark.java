package org.syncscope.replay.tests;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.apache.kafka.clients.consumer.Consumer;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.ConsumerRecords;
import org.apache.kafka.clients.producer.Producer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.TopicPartition;
import org.eclipse.core.runtime.NullProgressMonitor;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.syncscope.kafka.KafkaClients;
import org.syncscope.kafka.broker.LocalKafkaBroker;
import org.syncscope.replay.KeyFilter;
import org.syncscope.replay.ReplayLink;
import org.syncscope.replay.ReplayListener;
import org.syncscope.replay.ReplayPlan;
import org.syncscope.replay.ReplayRange;
import org.syncscope.replay.ReplayRequest;
import org.syncscope.replay.ReplayResult;
import org.syncscope.replay.ReplayService;
import org.syncscope.replay.ReplaySettings;
import org.syncscope.replay.ReplayState;
import org.syncscope.store.SyncScopeStore;
import org.syncscope.testing.TestOutput;
import org.syncscope.testing.bench.Benchmark;
import org.syncscope.testing.bench.BenchmarkReport;
import org.syncscope.testing.bench.CpuTime;
import org.syncscope.testing.kafka.KafkaBrokerExtension;

/**
 * Replay rate against the simplest possible copy on the same broker in the same run: a consumer and a plain
 * (idempotent, non-transactional) producer with the same batching settings, copying the same events. The
 * ratio says what transactions, offset commits per batch, headers, the key filter and the store cost. The
 * three loops run in interleaved rounds (after one warm-up round), each round in another order, and each
 * round's ratio is reported too. Beside the rates, the CPU time per event of this JVM and of the broker tells
 * where a difference comes from: on a machine whose cores the loops and the broker fill, a rate follows it.
 */
@Tag(Benchmark.TAG)
@ExtendWith(KafkaBrokerExtension.class)
class ReplayBenchmark {

	private static final int PARTITIONS = 3;
	private static final int PER_PARTITION = 200_000;
	private static final int EVENTS = PARTITIONS * PER_PARTITION;
	private static final int WARMUPS = 1;
	private static final int ROUNDS = 9;

	@Test
	void replayRateAgainstAPlainCopyLoop(LocalKafkaBroker broker) throws Exception {
		ReplayFixture fixture = new ReplayFixture(broker);
		String source = ReplayFixture.unique("bench.changes");
		String copyTarget = ReplayFixture.unique("bench.copy");
		String replayTarget = ReplayFixture.unique("bench.replay");
		fixture.createTopics(PARTITIONS, source, copyTarget, replayTarget);
		fixture.produceBulk(source, PARTITIONS, PER_PARTITION);
		ReplayLink link = fixture.link(source, replayTarget);
		try (SyncScopeStore store = SyncScopeStore.open(TestOutput.scratchFolder("replay-bench-").resolve("db"))) {
			ReplayService service = new ReplayService(store, ReplaySettings.DEFAULT);
			ReplayRequest request = new ReplayRequest(link,
					new ReplayRange.ByTime(Instant.EPOCH, Instant.now().plusSeconds(3600)), KeyFilter.ALL, replayTarget,
					"benchmark", "bench");
			ReplayPlan plan = service.plan(request, new NullProgressMonitor());

			Loop plain = new Loop("plain consume-produce copy, no compression",
					() -> plainCopy(broker.bootstrapServers(), source, copyTarget, "none"));
			Loop copy = new Loop("plain consume-produce copy, lz4",
					() -> plainCopy(broker.bootstrapServers(), source, copyTarget, "lz4"));
			Loop replay = new Loop(
					"replay (transactional, batches of " + ReplaySettings.DEFAULT.describeBatches() + ")", () -> {
						ReplayResult result = service.execute(plan, ReplayListener.NONE, new NullProgressMonitor());
						if (result.state() != ReplayState.COMPLETED) {
							throw new AssertionError(result.message());
						}
						return result.done();
					});
			double[] ratio = new double[ROUNDS];
			// interleaved rounds, each in another order: drift in the load of the shared machine, and the broker's
			// work left over from the loop before, hit the three loops alike
			List<Loop> order = new ArrayList<>(List.of(plain, copy, replay));
			for (int round = -WARMUPS; round < ROUNDS; round++) {
				for (Loop loop : order) {
					loop.run(round);
				}
				Collections.rotate(order, 1);
				if (round >= 0) {
					ratio[round] = replay.rate[round] / Math.max(plain.rate[round], copy.rate[round]);
				}
			}
			Benchmark.Result plainRate = plain.recordRate();
			Benchmark.Result copyRate = copy.recordRate();
			Benchmark.Result replayRate = replay.recordRate();
			Benchmark.Result perRound = record("replay / faster copy of the same round", "ratio", ratio);
			plain.recordCpu();
			Benchmark.Result copyCpu = copy.recordCpu();
			Benchmark.Result replayCpu = replay.recordCpu();
			Benchmark.Result dryRun = Benchmark.throughput("replay dry run (count + preview), " + EVENTS + " events",
					1, 3, () -> service.plan(request, new NullProgressMonitor()).total());
			BenchmarkReport.note(String.format(Locale.ROOT, "replay/copy ratio %.2f against the faster copy's mean, "
					+ "%.2f ± %.2f per round (replay %,.0f events/s, copy %,.0f events/s with lz4, %,.0f without; dry "
					+ "run %,.0f events/s); CPU µs per event, test JVM + broker: copy %.2f + %.2f without compression, "
					+ "%.2f + %.2f with lz4, replay %.2f + %.2f; CPU per event of the lz4 copy / of the replay %.2f",
					replayRate.mean() / Math.max(copyRate.mean(), plainRate.mean()), perRound.mean(),
					perRound.stdDev(), replayRate.mean(), copyRate.mean(), plainRate.mean(), dryRun.mean(),
					plain.meanSelfCpu(), plain.meanBrokerCpu(), copy.meanSelfCpu(), copy.meanBrokerCpu(),
					replay.meanSelfCpu(), replay.meanBrokerCpu(), copyCpu.mean() / replayCpu.mean()));
		}
	}

	/**
	 * The measured rounds of one of the loops: events per second, and the CPU time per event used by this JVM
	 * and by the broker (all of it: the broker serves only this benchmark meanwhile).
	 */
	private static final class Loop {
		private final String name;
		private final Benchmark.Iteration iteration;
		private final double[] rate = new double[ROUNDS];
		private final double[] selfCpu = new double[ROUNDS];
		private final double[] brokerCpu = new double[ROUNDS];

		Loop(String name, Benchmark.Iteration iteration) {
			this.name = name + ", " + EVENTS + " events";
			this.iteration = iteration;
		}

		/** Runs the loop once; records it unless {@code round} is a warm-up (negative). */
		void run(int round) throws Exception {
			CpuTime cpuBefore = CpuTime.now();
			long started = System.nanoTime();
			long events = iteration.run();
			long elapsed = Math.max(1, System.nanoTime() - started);
			CpuTime used = CpuTime.now().since(cpuBefore);
			if (round >= 0) {
				rate[round] = events * 1e9 / elapsed;
				selfCpu[round] = used.selfNanos() / 1e3 / events;
				brokerCpu[round] = used.childrenNanos() / 1e3 / events;
			}
		}

		Benchmark.Result recordRate() {
			return record(name, "events/s", rate);
		}

		/** Records the CPU time per event of this JVM and the broker together. */
		Benchmark.Result recordCpu() {
			double[] total = new double[ROUNDS];
			Arrays.setAll(total, round -> selfCpu[round] + brokerCpu[round]);
			return record(name + ": CPU time per event, test JVM + broker", "µs", total);
		}

		double meanSelfCpu() {
			return Arrays.stream(selfCpu).average().orElse(0);
		}

		double meanBrokerCpu() {
			return Arrays.stream(brokerCpu).average().orElse(0);
		}
	}

	private static Benchmark.Result record(String name, String unit, double[] values) {
		Benchmark.Result result = Benchmark.summarize(name, unit, values);
		BenchmarkReport.record(result);
		return result;
	}

	/** Copies every record of {@code source} to {@code target}; returns the number copied once all are acked. */
	private static long plainCopy(String bootstrap, String source, String target, String compression)
			throws Exception {
		Map<String, Object> consumerConfig = new HashMap<>();
		consumerConfig.put(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap);
		consumerConfig.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false);
		consumerConfig.put(ConsumerConfig.MAX_POLL_RECORDS_CONFIG, 2000);
		consumerConfig.put(ConsumerConfig.FETCH_MAX_WAIT_MS_CONFIG, 50);
		Map<String, Object> producerConfig = new HashMap<>();
		producerConfig.put(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap);
		producerConfig.put(ProducerConfig.ACKS_CONFIG, "all");
		producerConfig.put(ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, true);
		producerConfig.put(ProducerConfig.LINGER_MS_CONFIG, 5);
		producerConfig.put(ProducerConfig.BATCH_SIZE_CONFIG, 256 * 1024);
		producerConfig.put(ProducerConfig.COMPRESSION_TYPE_CONFIG, compression);
		long copied = 0;
		try (Consumer<byte[], byte[]> consumer = KafkaClients.bytesConsumer(consumerConfig);
				Producer<byte[], byte[]> producer = KafkaClients.bytesProducer(producerConfig)) {
			List<TopicPartition> partitions = consumer.partitionsFor(source).stream()
					.map(info -> new TopicPartition(source, info.partition())).toList();
			consumer.assign(partitions);
			consumer.seekToBeginning(partitions);
			Map<TopicPartition, Long> ends = consumer.endOffsets(partitions);
			long deadline = System.nanoTime() + Duration.ofMinutes(5).toNanos();
			while (partitions.stream().anyMatch(p -> consumer.position(p) < ends.get(p))) {
				if (System.nanoTime() > deadline) {
					throw new AssertionError("The plain copy did not finish");
				}
				ConsumerRecords<byte[], byte[]> records = consumer.poll(Duration.ofMillis(200));
				for (ConsumerRecord<byte[], byte[]> record : records) {
					producer.send(new ProducerRecord<>(target, record.partition(), record.key(), record.value(),
							record.headers()));
					copied++;
				}
			}
			producer.flush();
		}
		return copied;
	}

}
