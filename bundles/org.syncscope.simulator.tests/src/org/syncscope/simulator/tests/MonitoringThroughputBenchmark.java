package org.syncscope.simulator.tests;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;

import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.syncscope.core.conflict.DetectorConfig;
import org.syncscope.core.event.DecodeResult;
import org.syncscope.core.event.EventCodec;
import org.syncscope.kafka.broker.BrokerSettings;
import org.syncscope.kafka.broker.LocalKafkaBroker;
import org.syncscope.kafka.monitor.ClusterSpec;
import org.syncscope.kafka.monitor.LinkSnapshot;
import org.syncscope.kafka.monitor.LinkSpec;
import org.syncscope.kafka.monitor.MonitorSettings;
import org.syncscope.kafka.monitor.MonitoringService;
import org.syncscope.simulator.GroundTruth;
import org.syncscope.simulator.SimulatorSettings;
import org.syncscope.simulator.SyncSimulator;
import org.syncscope.testing.Await;
import org.syncscope.testing.TestOutput;
import org.syncscope.testing.bench.Benchmark;
import org.syncscope.testing.bench.BenchmarkReport;
import org.syncscope.testing.bench.CpuTime;
import org.syncscope.testing.kafka.BareConsumer;
import org.syncscope.testing.kafka.KafkaBrokerExtension;
import org.syncscope.testing.kafka.SampleTopology;

/**
 * End-to-end monitoring throughput on the local broker: the simulator fills the sample topology's three
 * change logs, then, in the same run, a bare consume-and-discard loop and SyncScope's monitoring (change-log
 * reader, decode, conflict detectors and throughput meters of all six links, as {@link MonitoringService}
 * wires them) each read every event from the beginning with a fresh group and the same fetch settings;
 * between them, a consumer that only decodes each event on its polling thread shows the floor that decoding
 * alone sets. Reported as events per second each and their ratio (goal at least 0.5), with the CPU time per
 * event of the test JVM and the broker. Run with {@code -Pbenchmarks}.
 */
@Tag(Benchmark.TAG)
class MonitoringThroughputBenchmark {

	private static final long EVENTS = 600_000;
	private static final int WARMUPS = 4;
	private static final int ITERATIONS = 3;
	private static final Duration TIMEOUT = Duration.ofMinutes(5);
	private static final SimulatorSettings FILL = new SimulatorSettings(List.of("eu-west", "us-east", "ap-south"),
			100_000, 1_000_000, 0.02, 0.25, 0, Duration.ZERO, Duration.ZERO, Duration.ofHours(1), 3, 7L);

	private final AtomicInteger groups = new AtomicInteger();

	@Test
	void monitoringKeepsUpWithABareConsumer() throws Exception {
		Path lib = Path.of(System.getProperty(KafkaBrokerExtension.LIB_PROPERTY));
		try (LocalKafkaBroker broker = LocalKafkaBroker.start(BrokerSettings.of(lib,
				TestOutput.scratchFolder("kafka-throughput-")))) {
			String bootstrap = broker.bootstrapServers();
			GroundTruth truth = fill(bootstrap);
			long events = FILL.regions().stream().mapToLong(truth::written).sum();
			ClusterSpec cluster = SampleTopology.clusterAt(bootstrap);

			double[] bare = new double[ITERATIONS];
			double[] decodedOnly = new double[ITERATIONS];
			double[] monitored = new double[ITERATIONS];
			CpuTime bareCpu = new CpuTime(0, 0);
			CpuTime decodedCpu = new CpuTime(0, 0);
			CpuTime monitoredCpu = new CpuTime(0, 0);
			for (int i = -WARMUPS; i < ITERATIONS; i++) {
				CpuTime before = CpuTime.now();
				double bareRate = events * 1e9 / consume(bootstrap, cluster, events, false);
				CpuTime afterBare = CpuTime.now();
				double decodedRate = events * 1e9 / consume(bootstrap, cluster, events, true);
				CpuTime afterDecoded = CpuTime.now();
				double monitoredRate = events * 1e9 / monitor(cluster, truth);
				CpuTime after = CpuTime.now();
				if (i >= 0) {
					bare[i] = bareRate;
					decodedOnly[i] = decodedRate;
					monitored[i] = monitoredRate;
					bareCpu = bareCpu.plus(afterBare.since(before));
					decodedCpu = decodedCpu.plus(afterDecoded.since(afterBare));
					monitoredCpu = monitoredCpu.plus(after.since(afterDecoded));
				}
			}
			Benchmark.Result bareResult = Benchmark.summarize("bare consume-and-discard, " + events + " events",
					"events/s", bare);
			Benchmark.Result monitoredResult = Benchmark.summarize("monitoring: read, decode, 6 detectors and meters, "
					+ events + " events", "events/s", monitored);
			Benchmark.Result decodedResult = Benchmark.summarize("consume and decode on the polling thread, no detection, "
					+ events + " events", "events/s", decodedOnly);
			BenchmarkReport.record(bareResult);
			BenchmarkReport.record(decodedResult);
			BenchmarkReport.record(monitoredResult);
			BenchmarkReport.note(String.format(Locale.ROOT, "monitoring / bare consumer = %.2f",
					monitoredResult.mean() / bareResult.mean()));
			long measured = events * ITERATIONS;
			BenchmarkReport.note(String.format(Locale.ROOT, "consume and decode only / bare consumer = %.2f",
					decodedResult.mean() / bareResult.mean()));
			BenchmarkReport.note("CPU per event (test JVM + broker): bare " + perEvent(bareCpu, measured)
					+ "; consume and decode " + perEvent(decodedCpu, measured) + "; monitoring "
					+ perEvent(monitoredCpu, measured));
		}
	}

	private static String perEvent(CpuTime cpu, long events) {
		return String.format(Locale.ROOT, "%.2f + %.2f us", cpu.selfNanos() / 1e3 / events,
				cpu.childrenNanos() / 1e3 / events);
	}

	/** Writes at least {@link #EVENTS} simulated changes (with concurrent writes) as fast as the writer can. */
	private static GroundTruth fill(String bootstrap) throws Exception {
		try (SyncSimulator simulator = SyncSimulator.start(bootstrap, FILL)) {
			GroundTruth truth = simulator.truth();
			Await.until(EVENTS + " events written", TIMEOUT,
					() -> FILL.regions().stream().mapToLong(truth::written).sum() >= EVENTS);
			simulator.pauseWriters();
			return truth;
		}
	}

	/**
	 * Nanoseconds from subscribing until every event has been read (closing not included), each value decoded
	 * by the codec on the polling thread if {@code decode}, else discarded: the floor under what monitoring
	 * can reach, since it decodes every event before detection.
	 */
	private long consume(String bootstrap, ClusterSpec cluster, long events, boolean decode) {
		EventCodec codec = new EventCodec();
		return BareConsumer.consume(bootstrap, cluster.changeLogs(), events, "bench.bare." + groups.incrementAndGet(),
				Map.of(ConsumerConfig.MAX_POLL_RECORDS_CONFIG, MonitorSettings.READER_MAX_POLL_RECORDS), TIMEOUT,
				records -> {
					if (decode) {
						for (ConsumerRecord<byte[], byte[]> record : records) {
							if (!(codec.decode(record.value()) instanceof DecodeResult.Decoded)) {
								throw new AssertionError("a simulated event did not decode at offset " + record.offset());
							}
						}
					}
				});
	}

	/**
	 * Nanoseconds from starting monitoring until a snapshot shows every link's detector has checked every
	 * event it watches (the reader publishes its figures every half second, so this errs on the slow side).
	 */
	private long monitor(ClusterSpec cluster, GroundTruth truth) {
		MonitoringService monitoring = new MonitoringService();
		MonitorSettings settings = new MonitorSettings(Duration.ofMillis(100), Duration.ofSeconds(10),
				Duration.ofSeconds(5), true, "bench.monitor." + groups.incrementAndGet(), DetectorConfig.DEFAULT,
				Clock.systemUTC());
		long started = System.nanoTime();
		monitoring.start(List.of(cluster), settings);
		try {
			Await.until("every link to have checked every event it watches", TIMEOUT,
					() -> monitoring.latest().links().size() == cluster.links().size()
							&& cluster.links().stream().allMatch(link -> checked(monitoring, link) == watched(truth, link)));
			return System.nanoTime() - started;
		} finally {
			monitoring.stop();
		}
	}

	private static long checked(MonitoringService monitoring, LinkSpec link) {
		return monitoring.latest().link(link.id()).map(LinkSnapshot::detector).map(stats -> stats.events()).orElse(-1L);
	}

	private static long watched(GroundTruth truth, LinkSpec link) {
		long watched = truth.written(regionOf(link.topic()));
		for (String target : link.targetTopics()) {
			watched += truth.written(regionOf(target));
		}
		return watched;
	}

	private static String regionOf(String topic) {
		return topic.substring("sync.".length(), topic.length() - ".changes".length());
	}
}
