package org.syncscope.simulator;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.IntStream;
import java.util.stream.Stream;

import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.syncscope.kafka.KafkaClients;

/**
 * Two regions' replicas of records holding a counter and a set, written concurrently now and then, each region
 * applying the other's change log (and the resolutions published there) to its own materialized records. What
 * the writes amount to is kept in a {@link CounterSetTruth}, so that the replicas' final records can be checked
 * against it once every concurrent pair has been resolved. Topics follow {@link SimulatorSettings#topicOf}.
 */
public final class CounterSetSimulator implements AutoCloseable {

	private final CounterSetSettings settings;
	private final CounterSetTruth truth = new CounterSetTruth();
	private final Map<String, ReplicaState> replicas = new LinkedHashMap<>();
	private final CounterSetWriter writer;
	private final List<ReplicaApplier> appliers = new ArrayList<>();
	private final List<Thread> threads = new ArrayList<>();

	private CounterSetSimulator(String bootstrapServers, CounterSetSettings settings) {
		this.settings = settings;
		settings.regions().forEach(region -> replicas.put(region, new ReplicaState(region)));
		writer = new CounterSetWriter(settings, KafkaClients.bytesProducer(Map.of(
				ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers,
				ProducerConfig.CLIENT_ID_CONFIG, "syncscope-simulator-counters",
				ProducerConfig.LINGER_MS_CONFIG, 2)), replicas, truth);
		threads.add(Thread.ofPlatform().daemon().name("simulator-counter-writer").unstarted(writer));
		for (ReplicaState replica : replicas.values()) {
			Map<String, Object> config = new HashMap<>();
			config.put(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers);
			config.put(ConsumerConfig.GROUP_ID_CONFIG, "replica." + replica.region());
			config.put(ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest");
			config.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false);
			List<String> others = settings.regions().stream().filter(region -> !region.equals(replica.region()))
					.map(SimulatorSettings::topicOf).toList();
			ReplicaApplier applier = new ReplicaApplier(KafkaClients.bytesConsumer(KafkaClients.shortSession(config)),
					others, replica);
			appliers.add(applier);
			threads.add(Thread.ofPlatform().daemon().name("simulator-replica-" + replica.region()).unstarted(applier));
		}
	}

	/** Creates the two change logs if missing and starts writing and applying. */
	public static CounterSetSimulator start(String bootstrapServers, CounterSetSettings settings)
			throws SimulatorException {
		SyncSimulator.createTopics(bootstrapServers, settings.regions(), 1);
		CounterSetSimulator simulator = new CounterSetSimulator(bootstrapServers, settings);
		simulator.threads.forEach(Thread::start);
		return simulator;
	}

	/** What the writes amount to so far. */
	public CounterSetTruth truth() {
		return truth;
	}

	/** {@code region}'s replica. */
	public ReplicaState replica(String region) {
		return replicas.get(region);
	}

	/** Whether every operation has been written and acknowledged by the broker. */
	public boolean finished() {
		return writer.finished();
	}

	/** The keys whose replicas hold different versions (a write on its way, or a conflict not yet resolved). */
	public List<String> unsettledKeys() {
		return IntStream.range(0, settings.keys()).mapToObj(CounterSetWriter::keyName)
				.filter(key -> !writer.settled(key)).toList();
	}

	/** A write lost or a record that did not decode, if any. */
	public Optional<String> failure() {
		return Stream.concat(Stream.of(writer.failure()), appliers.stream().map(ReplicaApplier::failure))
				.filter(failure -> failure != null).findFirst();
	}

	/** Stops writing and applying and closes the clients. */
	@Override
	public void close() {
		writer.stop();
		appliers.forEach(ReplicaApplier::stop);
		SyncSimulator.awaitEnd(threads);
	}
}
