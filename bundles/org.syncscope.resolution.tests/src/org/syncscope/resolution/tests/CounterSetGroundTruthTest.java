package org.syncscope.resolution.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.sql.SQLException;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.CopyOnWriteArrayList;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.syncscope.core.lag.LagSettings;
import org.syncscope.core.merge.FieldRule;
import org.syncscope.core.merge.FieldType;
import org.syncscope.core.policy.ConflictPolicy;
import org.syncscope.kafka.broker.LocalKafkaBroker;
import org.syncscope.kafka.monitor.ClusterSpec;
import org.syncscope.kafka.monitor.LinkSpec;
import org.syncscope.kafka.monitor.MonitorSettings;
import org.syncscope.kafka.monitor.MonitoringService;
import org.syncscope.resolution.AutomaticPolicies;
import org.syncscope.resolution.ConflictState;
import org.syncscope.resolution.ConsoleRuntime;
import org.syncscope.resolution.ConsoleSettings;
import org.syncscope.resolution.ResolutionService;
import org.syncscope.resolution.StoredConflict;
import org.syncscope.simulator.CounterSetSettings;
import org.syncscope.simulator.CounterSetSimulator;
import org.syncscope.simulator.CounterSetTruth;
import org.syncscope.simulator.ReplicaState;
import org.syncscope.simulator.SimulatorSettings;
import org.syncscope.store.audit.AuditEntry;
import org.syncscope.store.audit.AuditQuery;
import org.syncscope.testing.Await;
import org.syncscope.testing.TestOutput;
import org.syncscope.testing.kafka.KafkaBrokerExtension;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * Field rules against ground truth on a real broker: two regions' replicas of records with a counter
 * ({@code COUNTER}) and a set ({@code SET}) write concurrently from the same version again and again, each
 * region applying the other's change log to its own records. Every conflict is merged by the rules, written
 * back and applied by both regions, and in the end every replica holds, for every key, the sum of all
 * increments written anywhere and the union of all elements added minus all removed.
 */
@ExtendWith(KafkaBrokerExtension.class)
class CounterSetGroundTruthTest {

	private static final Duration TIMEOUT = Duration.ofSeconds(120);
	private static final List<String> REGIONS = List.of("north", "south");
	private static final CounterSetSettings WRITES = new CounterSetSettings(REGIONS, 12, 300, 0.4, 100, "onHand",
			"tags", 20261208L);
	private static final List<FieldRule> RULES = List.of(FieldRule.of("onHand", FieldType.COUNTER),
			FieldRule.of("tags", FieldType.SET));
	private static final int ENOUGH_PAIRS = 40;

	@Test
	void everyReplicaEndsWithTheSumOfAllIncrementsAndTheElementsAddedAndNotRemoved(LocalKafkaBroker broker)
			throws Exception {
		List<String> errors = new CopyOnWriteArrayList<>();
		ClusterSpec cluster = new ClusterSpec("counters", "counters", broker.bootstrapServers(), Map.of(),
				List.of(link("north", "south"), link("south", "north")));
		MonitoringService monitoring = new MonitoringService();
		try (CounterSetSimulator simulator = CounterSetSimulator.start(broker.bootstrapServers(), WRITES)) {
			try (ConsoleRuntime runtime = ConsoleRuntime.start(TestOutput.scratchFolder("counter-set-").resolve("db"),
					monitoring, new ConsoleSettings("tester", false, ConsoleSettings.RESOLVER_REPLICA),
					Clock.systemUTC(), errors::add)) {
				ResolutionService service = runtime.service();
				// the console records what monitoring captures from now on; the two change logs are this test's
				// own, so monitoring reads them from their beginning
				monitoring.start(List.of(cluster), MonitorSettings.defaults().fromBeginning());
				runtime.automatic().start(Duration.ofMillis(300));
				try {
					Await.until("all " + WRITES.operations() + " operations written", TIMEOUT, simulator::finished);
					Await.until("both replicas to hold the same version of every key", TIMEOUT,
							() -> simulator.unsettledKeys().isEmpty());
				} catch (AssertionError timedOut) {
					throw new AssertionError(timedOut.getMessage() + "; unsettled: " + unsettled(simulator)
							+ "; conflicts not closed: " + notClosed(service) + "; recorded: " + conflicts(service).stream()
									.map(conflict -> conflict.linkId() + " " + conflict.key() + " " + conflict.state() + " ("
											+ conflict.stateReason() + ")").toList()
							+ "; monitored: " + monitoring.latest(), timedOut);
				}
				assertEquals(Optional.empty(), simulator.failure());
				CounterSetTruth truth = simulator.truth();
				assertTrue(truth.concurrentPairs() >= ENOUGH_PAIRS,
						"only " + truth.concurrentPairs() + " concurrent pairs were written");
				for (String region : REGIONS) {
					Map<String, ObjectNode> documents = simulator.replica(region).documents();
					assertEquals(truth.keys(), documents.keySet(), region);
					for (String key : truth.keys()) {
						ObjectNode document = documents.get(key);
						assertEquals(truth.sum(key), document.get("onHand").asLong(), region + " " + key + ": " + document);
						assertEquals(new TreeSet<>(truth.elements(key)), elements(document.get("tags")),
								region + " " + key + ": " + document);
					}
				}
				runtime.recorder().flush().get();
				List<StoredConflict> conflicts = conflicts(service);
				assertTrue(conflicts.size() >= ENOUGH_PAIRS, "conflicts recorded: " + conflicts.size());
				assertEquals(List.of(), notClosed(service), "every conflict resolved by the rules or closed");
				List<AuditEntry> audit = new ArrayList<>();
				for (String link : List.of("north-to-south", "south-to-north")) {
					audit.addAll(service.audit(new AuditQuery(link, "RESOLVE_FIELD_RULES", "", 10_000)));
				}
				assertTrue(audit.size() >= ENOUGH_PAIRS, "automatic merges audited: " + audit.size());
				assertTrue(audit.stream().allMatch(entry -> entry.operator().equals(AutomaticPolicies.OPERATOR)
						&& entry.reason().startsWith("the link's policy FIELD_RULES: merged by field rules")),
						audit.toString());
				// both sides always change the counter; the sets differ unless both removed the same element
				assertTrue(audit.stream().filter(entry -> entry.reason().contains("onHand COUNTER")
						&& entry.reason().contains("tags SET")).count() >= ENOUGH_PAIRS / 2, audit.toString());
			} finally {
				monitoring.stop();
			}
		}
		assertTrue(errors.isEmpty(), errors.toString());
	}

	private static LinkSpec link(String source, String target) {
		return new LinkSpec(source + "-to-" + target, source + " to " + target, source, target,
				SimulatorSettings.topicOf(source), SimulatorSettings.applierGroup(source, target),
				Set.of(SimulatorSettings.topicOf(target)), LagSettings.DEFAULT, ConflictPolicy.FIELD_RULES, List.of(),
				SimulatorSettings.replicaOf(source), SimulatorSettings.replicaOf(target), Optional.empty(),
				Duration.ZERO, RULES);
	}

	private static Set<String> elements(JsonNode array) {
		Set<String> elements = new TreeSet<>();
		array.forEach(element -> elements.add(element.asText()));
		assertEquals(array.size(), elements.size(), "a set holds each element once: " + array);
		return elements;
	}

	private static List<String> unsettled(CounterSetSimulator simulator) {
		return simulator.unsettledKeys().stream().map(key -> key + REGIONS.stream().map(region -> " " + region + " "
				+ simulator.replica(region).held(key).map(ReplicaState.Held::toString).orElse("-")).toList()).toList();
	}

	private static List<StoredConflict> conflicts(ResolutionService service) {
		try {
			return service.conflicts(List.of(ConflictState.values()));
		} catch (SQLException e) {
			throw new IllegalStateException(e);
		}
	}

	private static List<String> notClosed(ResolutionService service) {
		return conflicts(service).stream()
				.filter(conflict -> conflict.state() != ConflictState.CLOSED && conflict.state() != ConflictState.RESOLVED)
				.map(conflict -> conflict.linkId() + " " + conflict.key() + " " + conflict.state() + " ("
						+ conflict.stateReason() + "; ancestor " + conflict.ancestor().isPresent() + ")")
				.toList();
	}
}
