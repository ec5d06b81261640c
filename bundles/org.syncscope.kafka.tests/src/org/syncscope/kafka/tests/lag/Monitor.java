package org.syncscope.kafka.tests.lag;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.function.Predicate;

import org.syncscope.core.lag.LagSettings;
import org.syncscope.core.lag.LinkLag;
import org.syncscope.core.policy.ConflictPolicy;
import org.syncscope.kafka.monitor.ClusterSpec;
import org.syncscope.kafka.monitor.LinkSnapshot;
import org.syncscope.kafka.monitor.LinkSpec;
import org.syncscope.kafka.monitor.MonitorSettings;
import org.syncscope.kafka.monitor.MonitoringService;
import org.syncscope.testing.Await;

/** SyncScope's monitoring of one link over a {@link ChangeLog}, started as the workbench starts it. */
final class Monitor implements AutoCloseable {

	static final Duration TIMEOUT = Duration.ofSeconds(60);

	private final MonitoringService monitoring = new MonitoringService();
	private final LinkSpec link;

	Monitor(String bootstrapServers, ChangeLog log, String group, LagSettings settings) {
		link = new LinkSpec("link-" + log.topic(), "a to b", "a", "b", log.topic(), group, Set.of(), settings,
				ConflictPolicy.MANUAL, List.of());
		ClusterSpec cluster = new ClusterSpec("local", "Local", bootstrapServers, Map.of(), List.of(link));
		monitoring.start(List.of(cluster),
				MonitorSettings.defaults().withMonitorGroup("syncscope.test." + UUID.randomUUID()));
	}

	Optional<LinkLag> lag() {
		return monitoring.latest().link(link.id()).flatMap(LinkSnapshot::lag);
	}

	/** Waits until the link's lag matches {@code condition}, and returns it. */
	LinkLag awaitLag(String what, Predicate<LinkLag> condition) {
		try {
			Await.until(what, TIMEOUT, () -> lag().filter(condition).isPresent());
		} catch (AssertionError timedOut) {
			throw new AssertionError(timedOut.getMessage() + "; last seen: " + lag(), timedOut);
		}
		return lag().orElseThrow();
	}

	@Override
	public void close() {
		monitoring.stop();
	}
}
