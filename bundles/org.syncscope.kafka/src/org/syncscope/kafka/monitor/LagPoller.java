package org.syncscope.kafka.monitor;

import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.OptionalLong;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.Config;
import org.apache.kafka.clients.admin.ConsumerGroupDescription;
import org.apache.kafka.clients.admin.ListConsumerGroupOffsetsSpec;
import org.apache.kafka.clients.admin.ListOffsetsResult.ListOffsetsResultInfo;
import org.apache.kafka.clients.admin.OffsetSpec;
import org.apache.kafka.clients.admin.TopicDescription;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.common.KafkaFuture;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.TopicPartitionInfo;
import org.apache.kafka.common.config.ConfigResource;
import org.apache.kafka.common.config.TopicConfig;
import org.apache.kafka.common.errors.GroupAuthorizationException;
import org.apache.kafka.common.errors.GroupIdNotFoundException;
import org.apache.kafka.common.errors.TopicAuthorizationException;
import org.syncscope.core.lag.GroupState;
import org.syncscope.core.lag.LinkInput;
import org.syncscope.core.lag.Ownership;
import org.syncscope.core.lag.PartitionInput;

/**
 * One lag poll round for one cluster, batched: the end offsets of every partition of every link's change log
 * in one request, the committed offsets of every applier group in one request, and the groups' states in one
 * more, however many groups and partitions there are; the three are in flight together. Topic layout and
 * retention are re-read every {@value #LAYOUT_REFRESH_ROUNDS} rounds, and after any round that found it
 * incomplete. The timestamp of the record at each committed offset comes from the monitor's reader when it
 * saw the record recently, else from the log ({@link LogTimestampReader}). A whole round, all its requests
 * together, ends within the timeout, so an unreachable cluster is known as such one timeout after a round
 * starts. Used by one poller thread.
 */
final class LagPoller {

	private static final int LAYOUT_REFRESH_ROUNDS = 30;
	private static final int HISTORY_SAMPLES = 120;

	private final ClusterSpec cluster;
	private final Admin admin;
	private final RecordTimestamps timestamps;
	private final LogTimestampReader logReader;
	private final Duration timeout;
	private final Map<String, Map<TopicPartition, PartitionHistory>> histories = new HashMap<>();
	private Map<String, List<TopicPartition>> partitionsByTopic = Map.of();
	private Map<String, OptionalLong> retentionByTopic = Map.of();
	private Map<String, String> deniedTopics = Map.of();
	private int roundsSinceLayout = LAYOUT_REFRESH_ROUNDS;
	private long roundDeadline;

	LagPoller(ClusterSpec cluster, Admin admin, RecordTimestamps timestamps, LogTimestampReader logReader,
			Duration timeout) {
		this.cluster = cluster;
		this.admin = admin;
		this.timestamps = timestamps;
		this.logReader = logReader;
		this.timeout = timeout;
	}

	/** What a round read of one partition of a link, before the log is asked for what the window lacked. */
	private record Observed(TopicPartition partition, long end, long committed, OptionalLong seen,
			PartitionHistory history, Ownership ownership) {
	}

	/**
	 * What one round read: the lag input of every link, problems that made the round partial, and the
	 * problems of single links (an ACL missing for a link's change log or applier group), by link id.
	 */
	record Round(Map<String, LinkInput> links, List<String> problems, Map<String, String> linkProblems) {
	}

	Round poll(long nowMillis) throws InterruptedException, ExecutionException, TimeoutException {
		roundDeadline = System.nanoTime() + timeout.toNanos();
		List<String> problems = new ArrayList<>();
		if (roundsSinceLayout++ >= LAYOUT_REFRESH_ROUNDS) {
			readLayout(problems);
			// a partial layout (a topic missing or unreadable) is read again next round
			roundsSinceLayout = problems.isEmpty() ? 1 : LAYOUT_REFRESH_ROUNDS;
		}
		Map<TopicPartition, OffsetSpec> latest = new HashMap<>();
		for (LinkSpec link : cluster.links()) {
			partitionsByTopic.getOrDefault(link.topic(), List.of()).forEach(p -> latest.put(p, OffsetSpec.latest()));
		}
		var endsRequest = latest.isEmpty() ? null : admin.listOffsets(latest).all();
		Map<String, ListConsumerGroupOffsetsSpec> groups = new HashMap<>();
		cluster.applierGroups().forEach(group -> groups.put(group, new ListConsumerGroupOffsetsSpec()));
		var committedRequest = admin.listConsumerGroupOffsets(groups);
		var descriptionRequests = admin.describeConsumerGroups(cluster.applierGroups()).describedGroups();
		Map<TopicPartition, ListOffsetsResultInfo> ends = endsRequest == null ? Map.of()
				: endsRequest.get(remainingMillis(), TimeUnit.MILLISECONDS);
		Map<String, String> deniedGroups = new HashMap<>();
		Map<String, Map<TopicPartition, OffsetAndMetadata>> committed = new HashMap<>();
		for (String group : groups.keySet()) {
			try {
				committed.put(group, committedRequest.partitionsToOffsetAndMetadata(group).get(remainingMillis(),
						TimeUnit.MILLISECONDS));
			} catch (ExecutionException e) {
				if (!(e.getCause() instanceof GroupAuthorizationException)) {
					throw e;
				}
				deniedGroups.put(group, ConnectionErrors.denied("DESCRIBE", "group", group,
						"to read the applier's committed offsets", cluster.clientProperties()));
			}
		}
		Map<String, ConsumerGroupDescription> descriptions = descriptionsOf(descriptionRequests, deniedGroups);
		Map<String, String> linkProblems = new HashMap<>();

		Map<String, List<Observed>> observedByLink = new HashMap<>();
		Set<LogTimestampReader.Position> unread = new HashSet<>();
		for (LinkSpec link : cluster.links()) {
			String denied = deniedTopics.getOrDefault(link.topic(), deniedGroups.get(link.applierGroup()));
			if (denied != null) {
				linkProblems.put(link.id(), denied);
				observedByLink.put(link.id(), List.of());
				continue;
			}
			List<TopicPartition> partitions = partitionsByTopic.getOrDefault(link.topic(), List.of());
			if (partitions.isEmpty()) {
				problems.add("Change log " + link.topic() + " of link " + link.name() + " does not exist");
				roundsSinceLayout = LAYOUT_REFRESH_ROUNDS;
			}
			Map<TopicPartition, OffsetAndMetadata> groupOffsets = committed.getOrDefault(link.applierGroup(), Map.of());
			Set<TopicPartition> owned = ownedPartitions(descriptions.get(link.applierGroup()));
			List<Observed> observed = new ArrayList<>();
			for (TopicPartition partition : partitions) {
				long end = ends.get(partition).offset();
				OffsetAndMetadata commit = groupOffsets.get(partition);
				long offset = commit == null ? 0 : commit.offset();
				PartitionHistory history = histories.computeIfAbsent(link.id(), id -> new HashMap<>())
						.computeIfAbsent(partition, p -> new PartitionHistory(HISTORY_SAMPLES));
				history.record(commit == null ? OptionalLong.empty() : OptionalLong.of(offset), end, nowMillis);
				OptionalLong seen = offset < end ? timestamps.timestampAt(partition, offset) : OptionalLong.empty();
				if (offset < end && seen.isEmpty()) {
					unread.add(new LogTimestampReader.Position(partition, offset));
				}
				observed.add(new Observed(partition, end, offset, seen, history,
						owned.contains(partition) ? Ownership.OWNED : Ownership.UNOWNED));
			}
			observedByLink.put(link.id(), observed);
		}
		logReader.read(unread, roundDeadline);
		Map<String, LinkInput> links = new HashMap<>();
		for (LinkSpec link : cluster.links()) {
			List<PartitionInput> inputs = new ArrayList<>();
			for (Observed partition : observedByLink.get(link.id())) {
				OptionalLong oldestUnapplied = partition.seen().isPresent() || partition.committed() >= partition.end()
						? partition.seen()
						: logReader.timestampAt(partition.partition(), partition.committed());
				inputs.add(new PartitionInput(partition.partition().partition(), partition.end(),
						partition.history().commits(), partition.history().logEnds(), oldestUnapplied,
						partition.ownership()));
			}
			GroupState state = linkProblems.containsKey(link.id()) ? GroupState.DENIED
					: stateOf(descriptions.get(link.applierGroup()));
			links.put(link.id(), new LinkInput(link.id(), state, inputs,
					retentionByTopic.getOrDefault(link.topic(), OptionalLong.empty())));
		}
		return new Round(links, problems, linkProblems);
	}

	/** What is left of this round's timeout. */
	private long remainingMillis() {
		return Math.max(0, TimeUnit.NANOSECONDS.toMillis(roundDeadline - System.nanoTime()));
	}

	/**
	 * The applier groups' descriptions; a group that does not exist yet has none (its link shows no commits),
	 * nor has one the user may not describe (added to {@code denied}).
	 */
	private Map<String, ConsumerGroupDescription> descriptionsOf(
			Map<String, KafkaFuture<ConsumerGroupDescription>> requests, Map<String, String> denied)
			throws InterruptedException, ExecutionException, TimeoutException {
		Map<String, ConsumerGroupDescription> descriptions = new HashMap<>();
		for (var entry : requests.entrySet()) {
			try {
				descriptions.put(entry.getKey(), entry.getValue().get(remainingMillis(), TimeUnit.MILLISECONDS));
			} catch (ExecutionException e) {
				if (e.getCause() instanceof GroupAuthorizationException) {
					denied.putIfAbsent(entry.getKey(), ConnectionErrors.denied("DESCRIBE", "group", entry.getKey(),
							"to read the applier's members and state", cluster.clientProperties()));
				} else if (!(e.getCause() instanceof GroupIdNotFoundException)) {
					throw e;
				}
			}
		}
		return descriptions;
	}

	private void readLayout(List<String> problems) throws InterruptedException, ExecutionException, TimeoutException {
		Map<String, List<TopicPartition>> layout = new HashMap<>();
		Map<String, OptionalLong> retention = new HashMap<>();
		Map<String, String> denied = new HashMap<>();
		var described = admin.describeTopics(cluster.changeLogs()).topicNameValues();
		List<ConfigResource> configs = new ArrayList<>();
		for (var entry : described.entrySet()) {
			try {
				TopicDescription topic = entry.getValue().get(remainingMillis(), TimeUnit.MILLISECONDS);
				List<TopicPartition> partitions = new ArrayList<>();
				for (TopicPartitionInfo info : topic.partitions()) {
					partitions.add(new TopicPartition(topic.name(), info.partition()));
				}
				layout.put(topic.name(), partitions);
				configs.add(new ConfigResource(ConfigResource.Type.TOPIC, topic.name()));
			} catch (ExecutionException missing) {
				if (missing.getCause() instanceof TopicAuthorizationException) {
					denied.put(entry.getKey(), ConnectionErrors.denied("DESCRIBE", "topic", entry.getKey(),
							"to read the change log's offsets", cluster.clientProperties()));
				} else {
					problems.add("Cannot describe " + entry.getKey() + ": " + missing.getCause().getMessage());
				}
			}
		}
		if (!configs.isEmpty()) {
			for (var entry : admin.describeConfigs(configs).values().entrySet()) {
				try {
					retention.put(entry.getKey().name(),
							retentionOf(entry.getValue().get(remainingMillis(), TimeUnit.MILLISECONDS)));
				} catch (ExecutionException e) {
					if (!(e.getCause() instanceof TopicAuthorizationException)) {
						throw e;
					}
					// without DESCRIBE_CONFIGS on the topic its retention stays unknown: no time left is shown
				}
			}
		}
		partitionsByTopic = layout;
		retentionByTopic = retention;
		deniedTopics = denied;
	}

	private static OptionalLong retentionOf(Config config) {
		var entry = config.get(TopicConfig.RETENTION_MS_CONFIG);
		if (entry == null || entry.value() == null) {
			return OptionalLong.empty();
		}
		long millis = Long.parseLong(entry.value());
		return millis < 0 ? OptionalLong.empty() : OptionalLong.of(millis);
	}

	/** The partitions that members of the group are assigned (none for a group that does not exist). */
	private static Set<TopicPartition> ownedPartitions(ConsumerGroupDescription description) {
		Set<TopicPartition> owned = new HashSet<>();
		if (description != null) {
			description.members().forEach(member -> owned.addAll(member.assignment().topicPartitions()));
		}
		return owned;
	}

	private static GroupState stateOf(ConsumerGroupDescription description) {
		if (description == null) {
			return GroupState.STABLE;
		}
		return switch (description.groupState()) {
		case PREPARING_REBALANCE, COMPLETING_REBALANCE, ASSIGNING, RECONCILING -> GroupState.REBALANCING;
		default -> GroupState.STABLE;
		};
	}
}
