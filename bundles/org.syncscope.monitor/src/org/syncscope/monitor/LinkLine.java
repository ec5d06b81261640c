package org.syncscope.monitor;

import java.time.Duration;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.OptionalLong;

import org.syncscope.core.lag.LagText;
import org.syncscope.core.lag.LinkLag;
import org.syncscope.core.lag.Trend;
import org.syncscope.kafka.monitor.ClusterStatus;
import org.syncscope.kafka.monitor.LinkSnapshot;

/**
 * One link of a report, with the figures the dashboard's links table shows. The status text is the
 * workbench's ({@link LagText}); a link of a cluster that is DOWN or not reached is DOWN; open conflicts are
 * absent for links of Debezium events (no detector counts them).
 *
 * @param explanation why the link has its status (the rule that fired, the cluster's error, a missing ACL)
 */
public record LinkLine(String id, String name, String cluster, String status, Verdict verdict,
		OptionalLong lagEvents, Optional<Duration> lagTime, boolean lagEstimated, Trend trend,
		double eventsPerSecond, OptionalInt openConflicts, long quarantined, String explanation) {

	static LinkLine of(LinkSnapshot snapshot, ClusterLine cluster) {
		OptionalInt open = snapshot.link().syncscopeEvents() ? OptionalInt.of(snapshot.detector().openConflicts())
				: OptionalInt.empty();
		double rate = snapshot.throughput().eventsPerSecond();
		if (cluster.status() == ClusterStatus.DOWN || cluster.status() == ClusterStatus.CONNECTING) {
			String why = cluster.error().orElse("The cluster " + cluster.name() + " did not answer");
			return new LinkLine(snapshot.link().id(), snapshot.link().name(), cluster.name(), "DOWN",
					Verdict.CRITICAL, OptionalLong.empty(), Optional.empty(), false, Trend.UNKNOWN, rate, open,
					snapshot.quarantined(), why);
		}
		if (snapshot.lag().isEmpty()) {
			String why = snapshot.problem().orElse("No lag figure yet: the first poll round has not completed");
			return new LinkLine(snapshot.link().id(), snapshot.link().name(), cluster.name(), "UNKNOWN",
					snapshot.problem().isPresent() ? Verdict.CRITICAL : Verdict.WARNING, OptionalLong.empty(),
					Optional.empty(), false, Trend.UNKNOWN, rate, open, snapshot.quarantined(), why);
		}
		LinkLag lag = snapshot.lag().get();
		String why = snapshot.problem().orElse(
				LagText.statusExplanation(lag, snapshot.link().lagSettings()).replace('\n', ' '));
		return new LinkLine(snapshot.link().id(), snapshot.link().name(), cluster.name(),
				LagText.status(lag, snapshot.link().lagSettings()), Verdict.of(lag.severity()), lag.offsetLag(),
				lag.timeLag(), lag.timeLagSource().estimate(), lag.trend(), rate, open, snapshot.quarantined(), why);
	}
}
