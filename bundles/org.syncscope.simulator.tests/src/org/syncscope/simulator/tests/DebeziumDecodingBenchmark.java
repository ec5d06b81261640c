package org.syncscope.simulator.tests;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;

import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.clients.consumer.Consumer;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.producer.Producer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.syncscope.core.cdc.CdcConflictDetector;
import org.syncscope.core.cdc.DebeziumDecoder;
import org.syncscope.core.cdc.DebeziumRecord;
import org.syncscope.kafka.KafkaClients;
import org.syncscope.kafka.broker.BrokerSettings;
import org.syncscope.kafka.broker.LocalKafkaBroker;
import org.syncscope.kafka.monitor.MonitorSettings;
import org.syncscope.testing.TestOutput;
import org.syncscope.testing.bench.Benchmark;
import org.syncscope.testing.bench.BenchmarkReport;
import org.syncscope.testing.kafka.KafkaBrokerExtension;

/**
 * Debezium decoding plus conflict detection against a bare consume-and-discard of the same topic, on the same
 * broker in the same run: {@value #EVENTS} update events shaped exactly like the real PostgreSQL connector's
 * (its record from the harness, schema envelope included, over 20,000 keys) are read from the beginning with a
 * fresh group and the same fetch settings by a loop that discards them and by one that decodes each
 * ({@link DebeziumDecoder}) and feeds the row changes to a {@link CdcConflictDetector}. Reported as events per
 * second each and their ratio (goal at least 0.5). Run with {@code -Pbenchmarks}.
 */
@Tag(Benchmark.TAG)
class DebeziumDecodingBenchmark {

	private static final int EVENTS = 300_000;
	private static final int KEYS = 20_000;
	private static final int WARMUPS = 3;
	private static final int ITERATIONS = 3;
	private static final Duration TIMEOUT = Duration.ofMinutes(5);
	private static final String TOPIC = "bench.eu.public.customers";

	private final AtomicInteger groups = new AtomicInteger();

	@Test
	void decodingAndDetectionKeepUpWithABareConsumer() throws Exception {
		Path lib = Path.of(System.getProperty(KafkaBrokerExtension.LIB_PROPERTY));
		try (LocalKafkaBroker broker = LocalKafkaBroker.start(BrokerSettings.of(lib,
				TestOutput.scratchFolder("kafka-debezium-bench-")))) {
			String bootstrap = broker.bootstrapServers();
			fill(bootstrap, template());
			double[] bare = new double[ITERATIONS];
			double[] decoded = new double[ITERATIONS];
			for (int i = -WARMUPS; i < ITERATIONS; i++) {
				double bareRate = EVENTS * 1e9 / read(bootstrap, false);
				double decodedRate = EVENTS * 1e9 / read(bootstrap, true);
				if (i >= 0) {
					bare[i] = bareRate;
					decoded[i] = decodedRate;
				}
			}
			Benchmark.Result bareResult = Benchmark.summarize("bare consume-and-discard, " + EVENTS + " Debezium events",
					"events/s", bare);
			Benchmark.Result decodedResult = Benchmark.summarize("Debezium decoding and conflict detection, " + EVENTS
					+ " events", "events/s", decoded);
			BenchmarkReport.record(bareResult);
			BenchmarkReport.record(decodedResult);
			BenchmarkReport.note(String.format(Locale.ROOT, "decoding and detection / bare consumer = %.2f",
					decodedResult.mean() / bareResult.mean()));
		}
	}

	/** The real connector's update record (schema envelope) with its key. */
	private static String template() throws IOException {
		try (InputStream in = DebeziumDecodingBenchmark.class.getResourceAsStream("/fixtures/debezium-update.json")) {
			return new String(in.readAllBytes(), StandardCharsets.UTF_8).strip();
		}
	}

	/** Writes {@link #EVENTS} updates over {@link #KEYS} rows, the template's row id replaced. */
	private static void fill(String bootstrap, String template) throws Exception {
		try (Admin admin = KafkaClients.admin(KafkaClients.config(bootstrap, Map.of()))) {
			admin.createTopics(List.of(new NewTopic(TOPIC, 3, (short) 1))).all().get();
		}
		Map<String, Object> config = KafkaClients.config(bootstrap, Map.of());
		config.put(ProducerConfig.LINGER_MS_CONFIG, 20);
		config.put(ProducerConfig.BATCH_SIZE_CONFIG, 512 * 1024);
		try (Producer<byte[], byte[]> producer = KafkaClients.bytesProducer(config)) {
			for (int i = 0; i < EVENTS; i++) {
				int id = i % KEYS;
				String value = template.replace("\"id\":10,", "\"id\":" + id + ",");
				producer.send(new ProducerRecord<>(TOPIC, ("{\"id\":" + id + "}").getBytes(StandardCharsets.UTF_8),
						value.getBytes(StandardCharsets.UTF_8)));
			}
			producer.flush();
		}
	}

	/** Nanoseconds from subscribing until every event has been read (and, if asked, decoded and checked). */
	private long read(String bootstrap, boolean decode) {
		Map<String, Object> config = new HashMap<>();
		config.put(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap);
		config.put(ConsumerConfig.GROUP_ID_CONFIG, "bench.debezium." + groups.incrementAndGet());
		config.put(ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest");
		config.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false);
		config.put(ConsumerConfig.MAX_POLL_RECORDS_CONFIG, MonitorSettings.READER_MAX_POLL_RECORDS);
		DebeziumDecoder decoder = new DebeziumDecoder();
		CdcConflictDetector detector = new CdcConflictDetector("syncscope_origin", Optional.empty(), 100_000);
		try (Consumer<byte[], byte[]> consumer = KafkaClients.bytesConsumer(config)) {
			long started = System.nanoTime();
			consumer.subscribe(List.of(TOPIC));
			long read = 0;
			while (read < EVENTS) {
				if (System.nanoTime() - started > TIMEOUT.toNanos()) {
					throw new AssertionError("read only " + read + " of " + EVENTS + " events");
				}
				for (ConsumerRecord<byte[], byte[]> record : consumer.poll(Duration.ofMillis(250))) {
					read++;
					if (decode && decoder.decode(record.key(), record.value()) instanceof DebeziumRecord.Row row) {
						detector.observe("eu", row.change());
					}
				}
			}
			return System.nanoTime() - started;
		}
	}
}
