package org.syncscope.resolution.tests;

import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.syncscope.kafka.broker.LocalKafkaBroker;
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
import org.syncscope.testing.TestOutput;
import org.syncscope.testing.bench.Benchmark;
import org.syncscope.testing.bench.BenchmarkReport;
import org.syncscope.testing.kafka.KafkaBrokerExtension;
import org.syncscope.testing.kafka.SampleTopology;

/**
 * The demo's conflict mix, measured as the workbench runs it: the simulator with the demo's settings, the
 * sample topology monitored, conflicts recorded and the links' automatic policies resolving what they decide.
 * Every minute for {@value #MINUTES} minutes it reports, per link, the conflicts recorded, those an automatic
 * policy resolved and those waiting for a person. A measurement, not a test: run with {@code -Pbenchmarks}.
 */
@Tag(Benchmark.TAG)
@ExtendWith(KafkaBrokerExtension.class)
class DemoConflictMixMeasurement {

	private static final int MINUTES = 5;

	@Test
	void theDemosConflictsOverFiveMinutes(LocalKafkaBroker broker) throws Exception {
		List<String> errors = new CopyOnWriteArrayList<>();
		MonitoringService monitoring = new MonitoringService();
		try (SyncSimulator simulator = SyncSimulator.start(broker.bootstrapServers(), SimulatorSettings.DEMO)) {
			monitoring.start(List.of(SampleTopology.clusterAt(broker.bootstrapServers())), MonitorSettings.defaults());
			try (ConsoleRuntime runtime = ConsoleRuntime.start(TestOutput.scratchFolder("demo-mix-").resolve("db"),
					monitoring, new ConsoleSettings("measurement", false, ConsoleSettings.RESOLVER_REPLICA),
					Clock.systemUTC(), errors::add)) {
				runtime.automatic().start(Duration.ofSeconds(1));
				for (int minute = 1; minute <= MINUTES; minute++) {
					TimeUnit.MINUTES.sleep(1); // the measurement's window, not a wait for a condition
					BenchmarkReport.note(String.format(Locale.ROOT, "minute %d: %s", minute, mix(runtime.service())));
				}
			}
		} finally {
			monitoring.stop();
		}
		BenchmarkReport.note("errors: " + errors);
	}

	/** Per link: recorded / resolved by its automatic policy / waiting for a person. */
	private static String mix(ResolutionService service) throws Exception {
		List<StoredConflict> all = service.conflicts(List.of(ConflictState.values()));
		Map<String, Long> resolvedAutomatically = service.audit(new AuditQuery("", "", "", 100_000)).stream()
				.filter(entry -> entry.operator().equals(AutomaticPolicies.OPERATOR))
				.collect(Collectors.groupingBy(AuditEntry::linkId, Collectors.counting()));
		Map<String, String> byLink = new TreeMap<>();
		for (String link : all.stream().map(StoredConflict::linkId).distinct().toList()) {
			List<StoredConflict> ofLink = all.stream().filter(c -> c.linkId().equals(link)).toList();
			long pending = ofLink.stream().filter(c -> c.state().pending()).count();
			byLink.put(link, String.format(Locale.ROOT, "%d recorded, %d automatic, %d pending (%s)", ofLink.size(),
					resolvedAutomatically.getOrDefault(link, 0L), pending,
					service.link(link).map(spec -> spec.policy().name()).orElse("?")));
		}
		return byLink.toString();
	}
}
