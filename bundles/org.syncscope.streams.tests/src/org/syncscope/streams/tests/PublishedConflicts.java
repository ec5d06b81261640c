package org.syncscope.streams.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import org.apache.kafka.clients.consumer.Consumer;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.common.TopicPartition;
import org.syncscope.core.conflict.CommonAncestor;
import org.syncscope.core.vv.VersionVector;
import org.syncscope.kafka.KafkaClients;
import org.syncscope.kafka.monitor.ClusterSpec;
import org.syncscope.kafka.monitor.LinkSpec;
import org.syncscope.simulator.GroundTruth;
import org.syncscope.simulator.GroundTruth.RegionPair;
import org.syncscope.simulator.SimulatorSettings;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * What the streams detector published on its conflicts topic, read from the beginning as consumers see it
 * ({@code read_committed}), and how it compares with the simulator's ground truth on the sample topology.
 */
final class PublishedConflicts implements AutoCloseable {

	private final ObjectMapper json = new ObjectMapper();
	private final List<RegionPair> pairs;
	private final ClusterSpec cluster;
	private final Consumer<byte[], byte[]> reader;
	private final List<JsonNode> published = new ArrayList<>();

	/** Reads {@code topic}, where a detector on {@code cluster}, whose links join {@code regions}, publishes. */
	PublishedConflicts(ClusterSpec cluster, List<String> regions, String topic) {
		this.cluster = cluster;
		this.pairs = pairs(regions);
		Map<String, Object> config = new HashMap<>();
		config.put(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, cluster.bootstrapServers());
		config.put(ConsumerConfig.ISOLATION_LEVEL_CONFIG, "read_committed");
		config.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false);
		reader = KafkaClients.bytesConsumer(config);
		List<TopicPartition> partitions = reader.partitionsFor(topic, Duration.ofSeconds(30)).stream()
				.map(info -> new TopicPartition(topic, info.partition())).toList();
		reader.assign(partitions);
		reader.seekToBeginning(partitions);
	}

	/** Reads what was committed since the last call, waiting up to 200 ms. */
	void poll() {
		reader.poll(Duration.ofMillis(200)).forEach(record -> {
			try {
				published.add(json.readTree(record.value()));
			} catch (IOException e) {
				throw new IllegalStateException(e);
			}
		});
	}

	/** Whether at least as many conflicts opened on every pair's detection as the simulator injected there. */
	boolean covers(GroundTruth truth) {
		return pairs.stream().allMatch(pair -> opened(pair).size() >= truth.conflicts(pair));
	}

	/** How many OPEN records in all. */
	long openRecords() {
		return published.stream().filter(record -> record.get("state").asText().equals("OPEN")).count();
	}

	/**
	 * Asserts that nothing was published twice and that every pair's detection opened exactly the injected
	 * conflicts, each between the pair's replicas, with its exact common ancestor when it has one, and closed
	 * only conflicts it opened; returns how many came with their ancestor.
	 */
	int assertMatches(GroundTruth truth) {
		Set<String> records = new HashSet<>();
		for (JsonNode record : published) {
			assertTrue(records.add(record.get("id").asText() + " " + record.get("state").asText() + " "
					+ record.get("siblings").size()), () -> "published twice: " + record);
		}
		int withAncestor = 0;
		for (RegionPair pair : pairs) {
			Set<String> keys = new TreeSet<>();
			for (JsonNode open : opened(pair).values()) {
				keys.add(open.get("key").asText());
				assertEquals(2, open.get("siblings").size(), open::toString);
				Set<String> origins = new TreeSet<>();
				List<VersionVector> siblings = new ArrayList<>();
				open.get("siblings").forEach(sibling -> {
					origins.add(sibling.get("origin").asText());
					siblings.add(vector(sibling));
				});
				assertEquals(new TreeSet<>(Set.of(SimulatorSettings.replicaOf(pair.first()),
						SimulatorSettings.replicaOf(pair.second()))), origins, open::toString);
				if (open.has("ancestor")) {
					withAncestor++;
					assertTrue(CommonAncestor.isLatest(vector(open.get("ancestor")), siblings),
							() -> "the ancestor is what both versions started from: " + open);
				}
			}
			assertEquals(truth.conflicts(pair), opened(pair).size(), pair.toString());
			assertEquals(truth.conflictKeys(pair), keys, pair.toString());
			assertTrue(opened(pair).keySet().containsAll(closed(pair).keySet()), "only an opened conflict closes");
		}
		return withAncestor;
	}

	/** Every pair of {@code regions}. */
	static List<RegionPair> pairs(List<String> regions) {
		List<RegionPair> pairs = new ArrayList<>();
		for (int i = 0; i < regions.size(); i++) {
			for (int j = i + 1; j < regions.size(); j++) {
				pairs.add(RegionPair.of(regions.get(i), regions.get(j)));
			}
		}
		return pairs;
	}

	/** The pairs of regions whose detections this reads. */
	List<RegionPair> pairs() {
		return pairs;
	}

	/** The first OPEN record of each conflict published on the detection of {@code pair}'s regions. */
	Map<String, JsonNode> opened(RegionPair pair) {
		return byId(pair, "OPEN");
	}

	Map<String, JsonNode> closed(RegionPair pair) {
		return byId(pair, "CLOSED");
	}

	/** For a failure message: what each pair's detection opened against what was injected. */
	String against(GroundTruth truth) {
		return published.size() + " records; opened/injected " + pairs.stream()
				.map(pair -> pair + " " + opened(pair).size() + "/" + truth.conflicts(pair)).toList();
	}

	private Map<String, JsonNode> byId(RegionPair pair, String state) {
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

	private static VersionVector vector(JsonNode event) {
		Map<String, Long> counters = new HashMap<>();
		event.get("vv").properties().forEach(entry -> counters.put(entry.getKey(), entry.getValue().asLong()));
		return VersionVector.of(counters);
	}

	@Override
	public void close() {
		reader.close();
	}
}
