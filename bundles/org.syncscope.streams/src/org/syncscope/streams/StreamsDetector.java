package org.syncscope.streams;

import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.common.errors.TopicExistsException;
import org.apache.kafka.common.serialization.Serdes;
import org.apache.kafka.streams.KafkaStreams;
import org.apache.kafka.streams.StreamsConfig;
import org.apache.kafka.streams.Topology;
import org.apache.kafka.streams.state.Stores;
import org.syncscope.kafka.KafkaClients;
import org.syncscope.kafka.monitor.ClusterSpec;
import org.syncscope.kafka.monitor.LinkSpec;
import org.syncscope.streams.internal.DetectionProcessor;

/**
 * Conflict detection as a Kafka Streams application: reads the change logs of a cluster's links in SyncScope's
 * format, partitioned by key, keeps each key's versions in a changelogged state store and publishes conflicts to
 * {@link DetectorSettings#conflictsTopic()}, with exactly-once processing, so that instances sharing the
 * application id share the partitions and one takes over from another that dies, losing and repeating nothing.
 * Links that watch the same change logs share one detection, named by the first of them, as in the workbench.
 */
public final class StreamsDetector implements AutoCloseable {

	private static final Duration CLOSE_TIMEOUT = Duration.ofSeconds(30);

	private final KafkaStreams streams;

	private StreamsDetector(KafkaStreams streams) {
		this.streams = streams;
	}

	/** Creates the output topics if missing and starts an instance detecting on {@code cluster}'s links. */
	public static StreamsDetector start(ClusterSpec cluster, DetectorSettings settings)
			throws InterruptedException, ExecutionException, TimeoutException {
		Map<String, List<LinkSpec>> detections = detectionsByLog(cluster);
		createOutputTopics(cluster, settings, detections.keySet());
		KafkaStreams streams = new KafkaStreams(topology(detections, settings), properties(cluster, settings));
		streams.start();
		return new StreamsDetector(streams);
	}

	/** The application's topology: change logs to the detection processor, its store and its two sinks. */
	static Topology topology(Map<String, List<LinkSpec>> detections, DetectorSettings settings) {
		Topology topology = new Topology();
		topology.addSource("change-logs", Serdes.ByteArray().deserializer(), Serdes.ByteArray().deserializer(),
				detections.keySet().toArray(String[]::new));
		topology.addProcessor("detect", () -> new DetectionProcessor(detections), "change-logs");
		topology.addStateStore(Stores.keyValueStoreBuilder(Stores.persistentKeyValueStore(DetectionProcessor.STORE),
				Serdes.String(), Serdes.ByteArray()), "detect");
		topology.addSink(DetectionProcessor.CONFLICTS, settings.conflictsTopic(), Serdes.String().serializer(),
				Serdes.ByteArray().serializer(), "detect");
		topology.addSink(DetectionProcessor.QUARANTINE, settings.quarantineTopic(), Serdes.String().serializer(),
				Serdes.ByteArray().serializer(), "detect");
		return topology;
	}

	/**
	 * For each change log of a link in SyncScope's format, the detections watching it: one per set of
	 * watched logs, named by its first link.
	 */
	static Map<String, List<LinkSpec>> detectionsByLog(ClusterSpec cluster) {
		Map<Set<String>, LinkSpec> firstByLogs = new LinkedHashMap<>();
		for (LinkSpec link : cluster.links()) {
			if (link.syncscopeEvents()) {
				firstByLogs.putIfAbsent(link.watchedLogs(), link);
			}
		}
		Map<String, List<LinkSpec>> byLog = new LinkedHashMap<>();
		firstByLogs.forEach((logs, first) -> logs.forEach(log -> byLog.computeIfAbsent(log, l -> new ArrayList<>())
				.add(first)));
		return byLog;
	}

	private static Properties properties(ClusterSpec cluster, DetectorSettings settings) {
		Properties properties = new Properties();
		properties.putAll(KafkaClients.config(cluster.bootstrapServers(), cluster.clientProperties()));
		properties.put(StreamsConfig.APPLICATION_ID_CONFIG, settings.applicationId());
		properties.put(StreamsConfig.PROCESSING_GUARANTEE_CONFIG, StreamsConfig.EXACTLY_ONCE_V2);
		properties.put(StreamsConfig.NUM_STANDBY_REPLICAS_CONFIG, settings.standbyReplicas());
		properties.put(StreamsConfig.STATE_DIR_CONFIG, settings.stateDir().toString());
		properties.put(StreamsConfig.consumerPrefix("auto.offset.reset"), "earliest");
		return properties;
	}

	/** The output topics, with as many partitions as the change logs have, so that they scale alike. */
	private static void createOutputTopics(ClusterSpec cluster, DetectorSettings settings, Set<String> changeLogs)
			throws InterruptedException, ExecutionException, TimeoutException {
		try (Admin admin = KafkaClients.admin(KafkaClients.config(cluster.bootstrapServers(),
				cluster.clientProperties()))) {
			int partitions = admin.describeTopics(changeLogs).allTopicNames().get(30, TimeUnit.SECONDS).values().stream()
					.mapToInt(topic -> topic.partitions().size()).max().orElse(1);
			for (String topic : List.of(settings.conflictsTopic(), settings.quarantineTopic())) {
				try {
					admin.createTopics(List.of(new NewTopic(topic, partitions, (short) -1))).all().get(30,
							TimeUnit.SECONDS);
				} catch (ExecutionException e) {
					if (!(e.getCause() instanceof TopicExistsException)) {
						throw e;
					}
				}
			}
		}
	}

	/** The instance's state, as Kafka Streams reports it. */
	public KafkaStreams.State state() {
		return streams.state();
	}

	/** Leaves the group and closes the stores, giving the partitions to the other instances. */
	@Override
	public void close() {
		streams.close(CLOSE_TIMEOUT);
	}
}
