package org.syncscope.resolution.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.sql.SQLException;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicReference;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
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
import org.syncscope.simulator.SimulatorSettings;
import org.syncscope.simulator.SyncSimulator;
import org.syncscope.store.audit.AuditEntry;
import org.syncscope.store.audit.AuditQuery;
import org.syncscope.testing.Await;
import org.syncscope.testing.TestOutput;
import org.syncscope.testing.kafka.KafkaBrokerExtension;
import org.syncscope.testing.kafka.SampleTopology;

/**
 * The shipped sample's field-rules links (us-east and ap-south: status LWW, amountCents MAX) on a real broker:
 * the simulator writes concurrently, including pairs where both sides change both fields, and every conflict
 * recorded between the two regions is resolved by the rules, audited naming them, written back and closed by
 * the detector; none waits for a person.
 */
@ExtendWith(KafkaBrokerExtension.class)
class FieldRulesEndToEndTest {

	private static final Duration TIMEOUT = Duration.ofSeconds(90);
	private static final Set<String> RULED_LINKS = Set.of("us-east-to-ap-south", "ap-south-to-us-east");
	private static final SimulatorSettings SCENARIO = new SimulatorSettings(List.of("eu-west", "us-east", "ap-south"),
			500, 60, 0.15, 0.0, 0, Duration.ZERO, Duration.ZERO, Duration.ofMinutes(5), 3, 19L);
	private static final int ENOUGH = 8;

	@Test
	void everyConflictBetweenTheRuledRegionsIsMergedByItsRulesAndClosed(LocalKafkaBroker broker) throws Exception {
		List<String> errors = new CopyOnWriteArrayList<>();
		MonitoringService monitoring = new MonitoringService();
		ClusterSpec cluster = SampleTopology.clusterAt(broker.bootstrapServers());
		assertEquals(ConflictPolicy.FIELD_RULES, cluster.links().stream()
				.filter(link -> RULED_LINKS.contains(link.id())).map(LinkSpec::policy).distinct().findFirst()
				.orElseThrow());
		// from the end of the logs: what earlier tests left on this broker is not this test's to resolve
		monitoring.start(List.of(cluster), MonitorSettings.defaults());
		try (SyncSimulator simulator = SyncSimulator.start(broker.bootstrapServers(), SCENARIO)) {
			try (ConsoleRuntime runtime = ConsoleRuntime.start(TestOutput.scratchFolder("field-rules-").resolve("db"),
					monitoring, new ConsoleSettings("tester", false, ConsoleSettings.RESOLVER_REPLICA),
					Clock.systemUTC(), errors::add)) {
				ResolutionService service = runtime.service();
				runtime.automatic().start(Duration.ofMillis(500));
				Await.until(ENOUGH + " conflicts between us-east and ap-south merged by field rules", TIMEOUT,
						() -> ruledAudit(service).size() >= ENOUGH);
				simulator.pauseWriters();
				runtime.recorder().flush().get();
				AtomicReference<List<AuditEntry>> audit = new AtomicReference<>();
				try {
					Await.until("every conflict between us-east and ap-south resolved by the rules and closed", TIMEOUT,
							() -> {
								List<StoredConflict> ruled = ruled(service);
								audit.set(ruledAudit(service));
								return ruled.size() == audit.get().size() && ruled.stream()
										.allMatch(conflict -> conflict.state() == ConflictState.CLOSED);
							});
				} catch (AssertionError timedOut) {
					throw new AssertionError(timedOut.getMessage() + "; not closed: " + ruled(service).stream()
							.filter(conflict -> conflict.state() != ConflictState.CLOSED)
							.map(conflict -> conflict.key() + " " + conflict.state() + " (" + conflict.stateReason()
									+ "; complete " + conflict.complete() + ", ancestor " + conflict.ancestor().isPresent()
									+ ")")
							.toList() + "; audited " + audit.get().size(), timedOut);
				}
				assertTrue(audit.get().stream().allMatch(entry -> entry.operator().equals(AutomaticPolicies.OPERATOR)
						&& entry.reason().startsWith("the link's policy FIELD_RULES: merged by field rules")),
						audit.toString());
				assertTrue(audit.get().stream().anyMatch(entry -> entry.reason().contains("status LWW")
						&& entry.reason().contains("amountCents MAX")),
						"some conflicts changed both ruled fields on both sides: " + audit);
			}
		} finally {
			monitoring.stop();
		}
		assertTrue(errors.isEmpty(), errors.toString());
	}

	private static List<StoredConflict> ruled(ResolutionService service) {
		try {
			return service.conflicts(List.of(ConflictState.values())).stream()
					.filter(conflict -> RULED_LINKS.contains(conflict.linkId())).toList();
		} catch (SQLException e) {
			throw new IllegalStateException(e);
		}
	}

	private static List<AuditEntry> ruledAudit(ResolutionService service) {
		List<AuditEntry> entries = new ArrayList<>();
		try {
			for (String link : RULED_LINKS) {
				entries.addAll(service.audit(new AuditQuery(link, "RESOLVE_FIELD_RULES", "", 1_000)));
			}
		} catch (SQLException e) {
			throw new IllegalStateException(e);
		}
		return entries;
	}
}
