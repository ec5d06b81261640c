package org.syncscope.streams.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;

import org.apache.kafka.clients.consumer.Consumer;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.common.TopicPartition;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.syncscope.core.conflict.CommonAncestor;
import org.syncscope.core.vv.VersionVector;
import org.syncscope.kafka.KafkaClients;
import org.syncscope.kafka.broker.LocalKafkaBroker;
import org.syncscope.kafka.monitor.ClusterSpec;
import org.syncscope.kafka.monitor.LinkSpec;
import org.syncscope.simulator.GroundTruth;
import org.syncscope.simulator.GroundTruth.RegionPair;
import org.syncscope.simulator.SimulatorSettings;
import org.syncscope.simulator.SyncSimulator;
import org.syncscope.streams.DetectorSettings;
import org.syncscope.streams.StreamsDetector;
import org.syncscope.testing.Await;
import org.syncscope.testing.TestOutput;
import org.syncscope.testing.kafka.KafkaBrokerExtension;
import org.syncscope.testing.kafka.SampleTopology;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * The streams detector on the real local broker against the simulator's ground truth: the simulator writes the
 * sample topology's three change logs with concurrent pairs injected between every pair of regions; one
 * detector instance, reading them from the beginning with exactly-once processing, publishes exactly one
 * conflict per injected pair, on the detection of that pair of regions, with both versions and, when the
 * detection saw it, their exact common ancestor, closed by the write that follows it (if the key was written again); nothing is published twice.
 */
@ExtendWith(KafkaBrokerExtension.class)
class StreamsDetectorTest {

	private static final Duration TIMEOUT = Duration.ofSeconds(120);
	private static final SimulatorSettings SCENARIO = new SimulatorSettings(List.of("eu-west", "us-east", "ap-south"),
			300, 150, 0.05, 0.0, 0, Duration.ZERO, Duration.ZERO, Duration.ofMillis(500), 3, 31L);
	private static final int ENOUGH = 10;

	private final ObjectMapper json = new ObjectMapper();

	@Test
	void oneInstancePublishesEveryInjectedConflictOnceWithItsVersionsAndAncestor(LocalKafkaBroker broker)
			throws Exception {
		String bootstrap = broker.bootstrapServers();
		ClusterSpec cluster = SampleTopology.clusterAt(bootstrap);
		GroundTruth truth;
		try (SyncSimulator simulator = SyncSimulator.start(bootstrap, SCENARIO)) {
			truth = simulator.truth();
			GroundTruth written = truth;
			Await.until(ENOUGH + " conflicts injected between every pair of regions", TIMEOUT,
					() -> pairs().stream().allMatch(pair -> written.conflicts(pair) >= ENOUGH));
			simulator.pauseWriters();
		}
		DetectorSettings settings = new DetectorSettings("detector-test-" + UUID.randomUUID(),
				TestOutput.scratchFolder("streams-state"), 0);
		List<JsonNode> published = new ArrayList<>();
		try (StreamsDetector detector = StreamsDetector.start(cluster, settings);
				Consumer<byte[], byte[]> reader = committedReader(bootstrap, settings.conflictsTopic())) {
			try {
				Await.until("every injected conflict published", TIMEOUT, () -> {
					reader.poll(Duration.ofMillis(200)).forEach(record -> published.add(read(record)));
					return pairs().stream()
							.allMatch(pair -> opened(published, cluster, pair).size() >= truth.conflicts(pair));
				});
			} catch (AssertionError timedOut) {
				throw new AssertionError(timedOut.getMessage() + "; state " + detector.state() + "; published "
						+ published.size() + "; truth " + pairs().stream().map(pair -> pair + "=" + truth.conflicts(pair))
								.toList() + ", opened " + pairs().stream().map(pair -> opened(published, cluster, pair).size())
										.toList(), timedOut);
			}
		}
		Set<String> records = new HashSet<>();
		for (JsonNode record : published) {
			assertTrue(records.add(record.get("id").asText() + " " + record.get("state").asText() + " "
					+ record.get("siblings").size()), "published twice: " + record);
		}
		int withAncestor = 0;
		for (RegionPair pair : pairs()) {
			Set<String> keys = new TreeSet<>();
			for (JsonNode open : opened(published, cluster, pair).values()) {
				keys.add(open.get("key").asText());
				assertEquals(2, open.get("siblings").size(), open::toString);
				Set<String> origins = new TreeSet<>();
				open.get("siblings").forEach(sibling -> origins.add(sibling.get("origin").asText()));
				assertEquals(new TreeSet<>(Set.of(SimulatorSettings.replicaOf(pair.first()),
						SimulatorSettings.replicaOf(pair.second()))), origins, open::toString);
				if (open.has("ancestor")) {
					withAncestor++;
					List<VersionVector> siblings = new ArrayList<>();
					open.get("siblings").forEach(sibling -> siblings.add(vector(sibling)));
					assertTrue(CommonAncestor.isLatest(vector(open.get("ancestor")), siblings),
							() -> "the ancestor is what both versions started from: " + open);
				}
			}
			assertEquals(truth.conflicts(pair), opened(published, cluster, pair).size(), pair.toString());
			assertEquals(truth.conflictKeys(pair), keys, pair.toString());
			assertTrue(opened(published, cluster, pair).keySet().containsAll(closed(published, cluster, pair).keySet()),
					"only an opened conflict closes");
			assertTrue(closed(published, cluster, pair).size() > 0, "the writes that follow close conflicts");
		}
		// the version both sides started from is on a watched log unless the third region wrote it
		assertTrue(withAncestor > 0, "some conflicts come with their common ancestor");
	}

	private static VersionVector vector(JsonNode event) {
		Map<String, Long> counters = new HashMap<>();
		event.get("vv").properties().forEach(entry -> counters.put(entry.getKey(), entry.getValue().asLong()));
		return VersionVector.of(counters);
	}

	private static List<RegionPair> pairs() {
		return List.of(RegionPair.of("eu-west", "us-east"), RegionPair.of("eu-west", "ap-south"),
				RegionPair.of("us-east", "ap-south"));
	}

	/** The first OPEN record of each conflict published on the detection of {@code pair}'s regions. */
	private static Map<String, JsonNode> opened(List<JsonNode> published, ClusterSpec cluster, RegionPair pair) {
		return byId(published, cluster, pair, "OPEN");
	}

	private static Map<String, JsonNode> closed(List<JsonNode> published, ClusterSpec cluster, RegionPair pair) {
		return byId(published, cluster, pair, "CLOSED");
	}

	private static Map<String, JsonNode> byId(List<JsonNode> published, ClusterSpec cluster, RegionPair pair,
			String state) {
		Map<String, JsonNode> byId = new HashMap<>();
		for (JsonNode record : published) {
			LinkSpec link = cluster.links().stream().filter(l -> l.id().equals(record.get("link").asText())).findFirst()
					.orElseThrow();
			if (record.get("state").asText().equals(state) && joins(pair, link)) {
				byId.putIfAbsent(record.get("id").asText(), record);
			}
		}
		return byId;
	}

	private static boolean joins(RegionPair pair, LinkSpec link) {
		Set<String> regions = new TreeSet<>();
		link.watchedLogs().forEach(log -> regions.add(log.substring("sync.".length(), log.length() - ".changes".length())));
		return regions.equals(new TreeSet<>(Set.of(pair.first(), pair.second())));
	}

	private JsonNode read(ConsumerRecord<byte[], byte[]> record) {
		try {
			return json.readTree(record.value());
		} catch (java.io.IOException e) {
			throw new IllegalStateException(e);
		}
	}

	/** Reads {@code topic} from its beginning, only what committed transactions wrote. */
	private static Consumer<byte[], byte[]> committedReader(String bootstrap, String topic) {
		Map<String, Object> config = new HashMap<>();
		config.put(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap);
		config.put(ConsumerConfig.ISOLATION_LEVEL_CONFIG, "read_committed");
		config.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false);
		Consumer<byte[], byte[]> consumer = KafkaClients.bytesConsumer(config);
		List<TopicPartition> partitions = consumer.partitionsFor(topic, Duration.ofSeconds(30)).stream()
				.map(info -> new TopicPartition(topic, info.partition())).toList();
		consumer.assign(partitions);
		consumer.seekToBeginning(partitions);
		return consumer;
	}
}
