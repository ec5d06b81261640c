package org.syncscope.streams.tests;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.TimeUnit;

import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.ConsumerGroupDescription;
import org.apache.kafka.clients.admin.MemberDescription;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.syncscope.kafka.KafkaClients;
import org.syncscope.kafka.broker.LocalKafkaBroker;
import org.syncscope.kafka.monitor.ClusterSpec;
import org.syncscope.simulator.GroundTruth;
import org.syncscope.simulator.SimulatorSettings;
import org.syncscope.simulator.SyncSimulator;
import org.syncscope.streams.DetectorSettings;
import org.syncscope.streams.cli.DetectorCommand;
import org.syncscope.testing.Await;
import org.syncscope.testing.PlainJvm;
import org.syncscope.testing.TestOutput;
import org.syncscope.testing.kafka.KafkaBrokerExtension;

/**
 * Two instances of {@code syncscope detector}, each in a process of its own, share the sample topology's change
 * logs while the simulator writes; one is killed (-9, no clean close) in the middle of the run. The other takes
 * its partitions over, and in the end the conflicts published are exactly the ground truth: every injected
 * conflict once, none lost, none twice.
 */
@ExtendWith(KafkaBrokerExtension.class)
class DetectorFailoverTest {

	private static final Duration TIMEOUT = Duration.ofSeconds(120);
	private static final Set<String> BUNDLES = Set.of("org.syncscope.streams", "org.syncscope.core",
			"org.syncscope.kafka", "org.syncscope.model", "org.syncscope.store",
			"org.apache.kafka.streams", "org.apache.kafka.clients", "org.rocksdb", "slf4j.api",
			"com.fasterxml.jackson.core.jackson-core", "com.fasterxml.jackson.core.jackson-databind",
			"com.fasterxml.jackson.core.jackson-annotations", "org.eclipse.emf.common", "org.eclipse.emf.ecore",
			"org.eclipse.emf.ecore.xmi");

	@Test
	void theSurvivorTakesOverAKilledInstanceAndNothingIsLostOrRepeated(LocalKafkaBroker broker) throws Exception {
		String bootstrap = broker.bootstrapServers();
		Path folder = TestOutput.scratchFolder("detector-failover");
		TaggedSample sample = TaggedSample.write(folder, bootstrap, "failover");
		Path topology = sample.file();
		// a killed member leaves the group after its session (the broker's least), its transaction is aborted
		// after Kafka Streams' transaction timeout: the survivor takes over within seconds
		Path properties = Files.writeString(folder.resolve("client.properties"), "session.timeout.ms=6000\n",
				StandardCharsets.UTF_8);
		ClusterSpec cluster = sample.cluster();
		String applicationId = "failover-" + UUID.randomUUID();
		DetectorSettings settings = new DetectorSettings(applicationId, folder, 0);
		try (SyncSimulator simulator = SyncSimulator.start(bootstrap, new SimulatorSettings(sample.regions(), 300, 100,
				0.05, 0.0, 0, Duration.ZERO, Duration.ZERO, Duration.ofMillis(500), 3, 37L))) {
			GroundTruth truth = simulator.truth();
			Process first = instance(topology, properties, applicationId, folder.resolve("first"));
			Process second = instance(topology, properties, applicationId, folder.resolve("second"));
			try (PublishedConflicts published = waitForTopic(cluster, sample, settings, first, second, folder)) {
				Await.until("both instances to hold partitions", TIMEOUT, () -> alive(folder, first, second)
						&& membersWithPartitions(bootstrap, applicationId) == 2);
				Await.until("conflicts to be published", TIMEOUT, () -> {
					published.poll();
					return published.openRecords() >= 10;
				});
				long injectedBefore = published.pairs().stream().mapToLong(truth::conflicts).sum();
				first.destroyForcibly().waitFor(30, TimeUnit.SECONDS);
				Await.until("the simulator to inject conflicts after the kill", TIMEOUT,
						() -> published.pairs().stream().mapToLong(truth::conflicts).sum() >= injectedBefore + 15);
				simulator.pauseWriters();
				try {
					Await.until("every injected conflict published", TIMEOUT, () -> {
						published.poll();
						return published.covers(truth);
					});
				} catch (AssertionError timedOut) {
					throw new AssertionError(timedOut.getMessage() + "; " + published.against(truth) + "; survivor "
							+ (second.isAlive() ? "alive" : "exited " + second.exitValue()) + ", its errors: "
							+ tail(folder.resolve("second.err")), timedOut);
				}
				assertTrue(second.isAlive(), "the survivor still runs");
				published.assertMatches(truth);
			} finally {
				first.destroyForcibly();
				second.destroyForcibly().waitFor(30, TimeUnit.SECONDS);
			}
		}
	}

	/** An instance of the command in a JVM of its own, its output in {@code name}.out and .err. */
	private static Process instance(Path topology, Path properties, String applicationId, Path name) throws Exception {
		return PlainJvm.command(DetectorFailoverTest.class, BUNDLES, DetectorCommand.class.getName(), List.of(),
				"--topology", topology.toString(), "--properties", properties.toString(), "--application-id",
				applicationId, "--state-dir", name.toString())
				.redirectOutput(name.resolveSibling(name.getFileName() + ".out").toFile())
				.redirectError(name.resolveSibling(name.getFileName() + ".err").toFile()).start();
	}

	/** The reader of the conflicts topic, once an instance has created it. */
	private static PublishedConflicts waitForTopic(ClusterSpec cluster, TaggedSample sample, DetectorSettings settings,
			Process first, Process second, Path folder) throws Exception {
		try (Admin admin = KafkaClients.admin(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG,
				cluster.bootstrapServers()))) {
			Await.until("the conflicts topic", TIMEOUT, () -> {
				alive(folder, first, second);
				try {
					return admin.listTopics().names().get(30, TimeUnit.SECONDS).contains(settings.conflictsTopic());
				} catch (Exception e) {
					throw new IllegalStateException(e);
				}
			});
		}
		return new PublishedConflicts(cluster, sample.regions(), settings.conflictsTopic());
	}

	/** True while both instances run; a failure naming the one that ended, with its errors, otherwise. */
	private static boolean alive(Path folder, Process first, Process second) {
		for (Process instance : List.of(first, second)) {
			if (!instance.isAlive()) {
				String name = instance == first ? "first" : "second";
				throw new AssertionError("the " + name + " instance ended (exit " + instance.exitValue() + "): "
						+ tail(folder.resolve(name + ".err")));
			}
		}
		return true;
	}

	private static long membersWithPartitions(String bootstrap, String group) {
		try (Admin admin = KafkaClients.admin(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap))) {
			ConsumerGroupDescription description = admin.describeConsumerGroups(List.of(group)).all()
					.get(30, TimeUnit.SECONDS).get(group);
			Collection<MemberDescription> members = description.members();
			return members.stream().filter(member -> !member.assignment().topicPartitions().isEmpty()).count();
		} catch (Exception e) {
			return 0;
		}
	}

	private static String tail(Path file) {
		try {
			String text = Files.readString(file, StandardCharsets.UTF_8);
			return text.substring(Math.max(0, text.length() - 2_000));
		} catch (Exception e) {
			return "(none: " + e.getMessage() + ")";
		}
	}
}
