package org.syncscope.monitor.cli;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;

import org.syncscope.kafka.monitor.ClusterSpec;
import org.syncscope.kafka.monitor.CredentialException;
import org.syncscope.kafka.monitor.CredentialResolver;
import org.syncscope.kafka.monitor.MonitorSettings;
import org.syncscope.kafka.monitor.MonitoringService;
import org.syncscope.kafka.monitor.MonitoringSnapshot;
import org.syncscope.kafka.monitor.TopologyFile;
import org.syncscope.kafka.monitor.TopologySpecs;
import org.syncscope.metrics.MetricsServer;
import org.syncscope.monitor.MonitorReport;
import org.syncscope.monitor.Verdict;
import org.syncscope.topology.Topology;

/**
 * {@code syncscope monitor}: the dashboard's figures without the workbench, for cron jobs, CI checks and
 * Prometheus. Monitors a topology's clusters and links as the workbench does, prints a report once the first
 * poll round is complete (or its wait is over) and, with {@code --every}, again every interval until stopped.
 * The exit code is the verdict of the last report: 0 OK, 1 warning, 2 critical or DOWN; 3 when the arguments
 * or the topology are wrong.
 */
public final class MonitorCommand {

	/** The topology, the arguments, the credentials or the metrics address are wrong: nothing was monitored. */
	public static final int BAD_INPUT = 3;

	static final String USAGE = """
			Usage: syncscope monitor --topology FILE [--once | --every DURATION] [--format text|json]
			         [--prometheus [HOST:]PORT] [--properties FILE] [--wait DURATION] [--group NAME]
			Reports every link's status, lag in events and seconds, trend, throughput, open conflicts and
			quarantined records, and every cluster's health. Exit code: 0 OK, 1 warning, 2 critical or DOWN,
			3 bad arguments or topology.
			  --once            report once, when the first poll round is complete (the default without --prometheus)
			  --every 10s       report every interval until stopped (the default, 10s, with --prometheus)
			  --format json     one JSON object per report, on one line
			  --prometheus 9464 serve Prometheus metrics at http://127.0.0.1:9464/metrics (HOST:PORT for another interface)
			  --properties F    Kafka client properties (SASL, TLS) for every cluster, instead of the secure storage
			  --wait 30s        how long the first report waits for every cluster to answer
			  --group NAME      the consumer group reading the change logs (default syncscope.headless.USER)""";

	private final PrintStream out;
	private final PrintStream err;
	private final CredentialResolver secureStorage;
	private final CountDownLatch stopped = new CountDownLatch(1);

	/** A command printing to {@code out} and {@code err} that finds credentials in {@code secureStorage}. */
	public MonitorCommand(PrintStream out, PrintStream err, CredentialResolver secureStorage) {
		this.out = out;
		this.err = err;
		this.secureStorage = secureStorage;
	}

	/** Runs the command until its report is printed, or, reporting repeatedly, until {@link #stop()}. */
	public int run(String[] args) {
		MonitorArguments arguments;
		List<ClusterSpec> clusters;
		String topologyName;
		try {
			arguments = MonitorArguments.parse(args);
			if (arguments.help()) {
				out.println(USAGE);
				return 0;
			}
			Topology topology = topology(arguments.topology());
			topologyName = topology.getName() == null ? arguments.topology().getFileName().toString()
					: topology.getName();
			clusters = clusters(topology, arguments);
		} catch (UsageException e) {
			err.println("syncscope monitor: " + e.getMessage() + " (see --help)");
			return BAD_INPUT;
		}
		MonitoringService monitoring = new MonitoringService();
		monitoring.start(clusters, MonitorSettings.defaults().withMonitorGroup(arguments.group()));
		try (MetricsServer metrics = arguments.prometheus().isPresent()
				? MetricsServer.start(monitoring, arguments.prometheus().get())
				: null) {
			if (metrics != null) {
				err.println("Serving Prometheus metrics at " + metrics.address().metricsUrl());
			}
			MonitoringSnapshot first = firstRound(monitoring, clusters.size(), arguments.firstReportWait());
			if (first.clusters().isEmpty()) {
				err.println("syncscope monitor: stopped before the first poll round; nothing is known");
				return Verdict.CRITICAL.exitCode();
			}
			MonitorReport report = MonitorReport.of(topologyName, first);
			arguments.format().write(report, out);
			while (!arguments.once() && !awaitStop(arguments.every())) {
				report = MonitorReport.of(topologyName, monitoring.latest());
				arguments.format().write(report, out);
			}
			return report.verdict().exitCode();
		} catch (IOException e) {
			err.println("syncscope monitor: " + e.getMessage());
			return BAD_INPUT;
		} finally {
			monitoring.stop();
		}
	}

	/** Ends a repeating run after its current wait; a run waiting for its first report reports at once. */
	public void stop() {
		stopped.countDown();
	}

	private boolean awaitStop(Duration timeout) {
		try {
			return stopped.await(timeout.toMillis(), TimeUnit.MILLISECONDS);
		} catch (InterruptedException e) {
			Thread.currentThread().interrupt();
			return true;
		}
	}

	private MonitoringSnapshot firstRound(MonitoringService monitoring, int clusters, Duration wait) {
		CountDownLatch complete = new CountDownLatch(1);
		Consumer<MonitoringSnapshot> listener = snapshot -> {
			if (MonitorReport.isComplete(snapshot, clusters)) {
				complete.countDown();
			}
		};
		monitoring.addSnapshotListener(listener);
		try {
			long deadline = System.nanoTime() + wait.toNanos();
			while (complete.getCount() > 0 && stopped.getCount() > 0 && System.nanoTime() < deadline) {
				complete.await(100, TimeUnit.MILLISECONDS);
			}
		} catch (InterruptedException e) {
			Thread.currentThread().interrupt();
		} finally {
			monitoring.removeSnapshotListener(listener);
		}
		return monitoring.latest();
	}

	private static Topology topology(Path file) throws UsageException {
		try {
			return TopologyFile.load(file);
		} catch (IllegalArgumentException e) {
			throw new UsageException(e.getMessage(), e);
		}
	}

	private List<ClusterSpec> clusters(Topology topology, MonitorArguments arguments) throws UsageException {
		List<ClusterSpec> clusters;
		try {
			if (arguments.properties().isEmpty()) {
				clusters = TopologySpecs.of(topology, secureStorage);
			} else {
				clusters = TopologyFile.clusters(topology, properties(arguments.properties().get()));
			}
		} catch (CredentialException e) {
			throw new UsageException(e.getMessage()
					+ ". Store it from the workbench (the cluster's Credentials), or pass --properties", e);
		}
		if (clusters.isEmpty()) {
			throw new UsageException("the topology " + arguments.topology()
					+ " has no enabled link with a Kafka cluster, a change log and an applier group to monitor");
		}
		return clusters;
	}

	private static Map<String, Object> properties(Path file) throws UsageException {
		try {
			return TopologyFile.clientProperties(file);
		} catch (IllegalArgumentException e) {
			throw new UsageException(e.getMessage(), e);
		}
	}
}
