package org.syncscope.simulator;

import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.clients.admin.OffsetSpec;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.errors.RetriableException;
import org.apache.kafka.common.errors.TopicExistsException;
import org.syncscope.kafka.KafkaClients;

/**
 * A running simulation of multi-master replication over Kafka: every region writes the shared keyspace to its
 * change log, and an applier per ordered pair of regions consumes it with the link's group. Headless; the
 * embedded demo and the integration tests use it. {@link #truth()} tells what really happened.
 */
public final class SyncSimulator implements AutoCloseable {

	private static final Duration PAUSE_TIMEOUT = Duration.ofSeconds(30);
	private static final Duration LEADER_TIMEOUT = Duration.ofSeconds(30);
	private static final Duration LEADER_POLL = Duration.ofMillis(50);

	private final GroundTruth truth = new GroundTruth();
	private final PauseSwitch writerPause = new PauseSwitch();
	private final List<PauseSwitch> applierPauses = new ArrayList<>();
	private final List<Thread> threads = new ArrayList<>();
	private final Writer writer;
	private final List<Applier> appliers = new ArrayList<>();

	private SyncSimulator(String bootstrapServers, SimulatorSettings settings) {
		writer = new Writer(settings, KafkaClients.bytesProducer(Map.of(
				ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers,
				ProducerConfig.CLIENT_ID_CONFIG, "syncscope-simulator",
				ProducerConfig.LINGER_MS_CONFIG, 5)), truth, writerPause);
		threads.add(Thread.ofPlatform().daemon().name("simulator-writer").unstarted(writer));
		for (String source : settings.regions()) {
			for (String target : settings.regions()) {
				if (!source.equals(target)) {
					addApplier(bootstrapServers, settings, source, target);
				}
			}
		}
	}

	private void addApplier(String bootstrapServers, SimulatorSettings settings, String source, String target) {
		String group = SimulatorSettings.applierGroup(source, target);
		Map<String, Object> config = new HashMap<>();
		config.put(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers);
		config.put(ConsumerConfig.GROUP_ID_CONFIG, group);
		config.put(ConsumerConfig.CLIENT_ID_CONFIG, group);
		config.put(ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest");
		config.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false);
		config.put(ConsumerConfig.MAX_POLL_RECORDS_CONFIG, 100);
		// a killed simulator's appliers leave their groups within seconds: the next start is not REBALANCING
		KafkaClients.shortSession(config);
		PauseSwitch pause = new PauseSwitch();
		Applier applier = new Applier(source, target, appliers.size(), settings, KafkaClients.bytesConsumer(config), truth, pause);
		applierPauses.add(pause);
		appliers.add(applier);
		threads.add(Thread.ofPlatform().daemon().name("simulator-" + group).unstarted(applier));
	}

	/** Creates the change-log topics if missing and starts writing and applying. */
	public static SyncSimulator start(String bootstrapServers, SimulatorSettings settings) throws SimulatorException {
		createTopics(bootstrapServers, settings.regions(), settings.partitions());
		SyncSimulator simulator = new SyncSimulator(bootstrapServers, settings);
		simulator.threads.forEach(Thread::start);
		return simulator;
	}

	/**
	 * Creates the change logs that are missing and waits until every partition has a leader: a write to a
	 * partition whose leader is still being set up can be refused and its retry then rejected as out of
	 * sequence by the broker, which wedged the idempotent producer for good (seen once in CI).
	 */
	static void createTopics(String bootstrapServers, List<String> regions, int partitions) throws SimulatorException {
		try (Admin admin = KafkaClients.admin(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers))) {
			for (String region : regions) {
				try {
					admin.createTopics(List.of(new NewTopic(SimulatorSettings.topicOf(region), partitions,
							(short) 1))).all().get(30, TimeUnit.SECONDS);
				} catch (ExecutionException e) {
					if (!(e.getCause() instanceof TopicExistsException)) {
						throw new SimulatorException("Cannot create the change log of " + region + ": "
								+ e.getCause().getMessage(), e.getCause());
					}
				}
			}
			awaitLeaders(admin, regions.stream().map(SimulatorSettings::topicOf).toList());
		} catch (InterruptedException e) {
			Thread.currentThread().interrupt();
			throw new SimulatorException("Interrupted while creating topics", e);
		} catch (TimeoutException e) {
			throw new SimulatorException("The broker at " + bootstrapServers + " did not create the topics in time", e);
		}
	}

	/** Waits, bounded by {@link #LEADER_TIMEOUT}, until every partition's leader answers. */
	private static void awaitLeaders(Admin admin, List<String> topics)
			throws InterruptedException, TimeoutException, SimulatorException {
		long deadline = System.nanoTime() + LEADER_TIMEOUT.toNanos();
		while (!everyPartitionLed(admin, topics)) {
			if (System.nanoTime() > deadline) {
				throw new TimeoutException("no leader for every partition of " + topics + " within "
						+ LEADER_TIMEOUT.toSeconds() + " s");
			}
			Thread.sleep(LEADER_POLL.toMillis()); // between metadata requests, not a wait for the condition
		}
	}

	/**
	 * Whether every partition of {@code topics} has a leader that answers for it: the end offsets are asked of
	 * the leaders themselves, which refuse while they still set the partition up.
	 */
	private static boolean everyPartitionLed(Admin admin, List<String> topics)
			throws InterruptedException, TimeoutException, SimulatorException {
		try {
			Map<TopicPartition, OffsetSpec> partitions = new HashMap<>();
			admin.describeTopics(topics).allTopicNames().get(30, TimeUnit.SECONDS).values()
					.forEach(topic -> topic.partitions().forEach(partition -> partitions.put(
							new TopicPartition(topic.name(), partition.partition()), OffsetSpec.latest())));
			admin.listOffsets(partitions).all().get(30, TimeUnit.SECONDS);
			return true;
		} catch (ExecutionException e) {
			if (e.getCause() instanceof RetriableException) {
				return false;
			}
			throw new SimulatorException("Cannot read the change logs' partitions: " + e.getCause().getMessage(),
					e.getCause());
		}
	}

	/** What the simulator really did so far. */
	public GroundTruth truth() {
		return truth;
	}

	/** Stops writing; returns once every write so far is acknowledged by the broker. */
	public void pauseWriters() throws InterruptedException {
		pauseAll(List.of(writerPause), "the writer");
	}

	/** Resumes writing. */
	public void resumeWriters() {
		writerPause.resume();
	}

	/** Stops applying; returns once every applier has committed what it applied and holds still. */
	public void pauseAppliers() throws InterruptedException {
		pauseAll(applierPauses, "an applier");
	}

	/** Resumes applying. */
	public void resumeAppliers() {
		applierPauses.forEach(PauseSwitch::resume);
	}

	private static void pauseAll(List<PauseSwitch> switches, String who) throws InterruptedException {
		switches.forEach(PauseSwitch::request);
		for (PauseSwitch pause : switches) {
			if (!pause.awaitPaused(PAUSE_TIMEOUT)) {
				throw new IllegalStateException(who + " did not pause within " + PAUSE_TIMEOUT.toSeconds() + " s");
			}
		}
	}

	/** Stops all threads and closes the clients. */
	@Override
	public void close() {
		writer.stop();
		appliers.forEach(Applier::stop);
		writerPause.resume();
		applierPauses.forEach(PauseSwitch::resume);
		awaitEnd(threads);
	}

	/** Waits up to 10 s for each of {@code threads} to end (they were told to stop). */
	static void awaitEnd(List<Thread> threads) {
		for (Thread thread : threads) {
			try {
				thread.join(Duration.ofSeconds(10));
			} catch (InterruptedException e) {
				Thread.currentThread().interrupt();
				return;
			}
		}
	}
}
