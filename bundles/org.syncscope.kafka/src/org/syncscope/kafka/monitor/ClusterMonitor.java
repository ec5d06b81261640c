package org.syncscope.kafka.monitor;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

import org.apache.kafka.clients.CommonClientConfigs;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.syncscope.core.conflict.ConflictListener;
import org.syncscope.core.conflict.DetectorConfig;
import org.syncscope.core.lag.GroupState;
import org.syncscope.core.lag.LagEvaluator;
import org.syncscope.core.lag.LinkInput;
import org.syncscope.core.lag.LinkLag;
import org.syncscope.kafka.KafkaClients;

/**
 * Monitors one Kafka cluster: a poller thread runs a batched lag round every interval, and a reader thread
 * follows the change logs. While the cluster is DOWN because its bootstrap servers refuse connections, each
 * interval only probes them ({@link BootstrapProbe}, which also names the cause), and the first probe that
 * connects runs a full round at once: monitoring is back within about a poll interval plus the clients'
 * one-second reconnect backoff of the broker's return. A cluster that accepts connections but fails its
 * requests is retried with a backoff doubling up to the settings' maximum. Requests have bounded timeouts,
 * so an unreachable cluster never holds up another one or the UI.
 */
final class ClusterMonitor implements AutoCloseable {

	private static final int TIMESTAMPS_PER_PARTITION = 8_192;
	private static final Duration RECONNECT_BACKOFF_MAX = Duration.ofSeconds(1);

	private final ClusterSpec cluster;
	private final MonitorSettings settings;
	private final Quarantine quarantine;
	private final RecordTimestamps timestamps;
	private final Map<String, LagEvaluator> evaluators = new HashMap<>();
	private final Map<String, LinkLag> lags = new HashMap<>();
	private volatile Map<String, LinkLag> publishedLags = Map.of();
	private volatile Map<String, String> linkProblems = Map.of();
	private final ScheduledExecutorService poller;
	private final Admin admin;
	private final LagPoller lagPoller;
	private final LogTimestampReader logReader;
	private final BootstrapProbe probe;
	private final BatchChecker checker;
	private final CdcRecords cdc;
	private final RuleFitWatch ruleFit;
	private final ChangeLogReader reader;
	private final Thread readerThread;
	private volatile ClusterHealth health;
	private Duration backoff;

	ClusterMonitor(ClusterSpec cluster, MonitorSettings settings, Quarantine quarantine, ConflictListener listener,
			ConflictCaptureListener next) {
		this.cluster = cluster;
		this.ruleFit = new RuleFitWatch(next);
		ConflictCaptureListener captures = ruleFit;
		this.settings = settings;
		this.quarantine = quarantine;
		this.backoff = settings.pollInterval();
		this.health = new ClusterHealth(cluster.id(), cluster.name(), cluster.bootstrapServers(),
				ClusterStatus.CONNECTING, Optional.empty(), settings.clock().instant(), Optional.empty());
		for (LinkSpec link : cluster.links()) {
			evaluators.put(link.id(), new LagEvaluator(link.lagSettings(), settings.clock()));
		}
		this.admin = KafkaClients.admin(adminConfig());
		this.probe = new BootstrapProbe(cluster.bootstrapServers(), settings.requestTimeout());
		this.cdc = new CdcRecords(cluster.links(), listener, captures, settings.clock());
		this.timestamps = new RecordTimestamps(TIMESTAMPS_PER_PARTITION);
		this.logReader = new LogTimestampReader(KafkaClients.bytesConsumer(timestampReaderConfig()),
				new ChangeTimes(cdc.topics()));
		this.lagPoller = new LagPoller(cluster, admin, timestamps, logReader, settings.requestTimeout());
		DetectorConfig perShard = new DetectorConfig(
				Math.ceilDiv(settings.detector().maxTrackedKeys(), BatchChecker.SHARDS), settings.detector().maxReplicas());
		int windowPerShard = Math.ceilDiv(EventWindow.DEFAULT_CAPACITY, BatchChecker.SHARDS);
		this.checker = new BatchChecker(() -> new DetectionShard(cluster.links(), perShard, windowPerShard,
				settings.clock(), listener, captures), "syncscope-checker-" + cluster.id());
		this.reader = new ChangeLogReader(KafkaClients.bytesConsumer(consumerConfig()), cluster.changeLogs(),
				cluster.syncscopeChangeLogs(), cdc, settings.readFromBeginning(), checker, settings.pollInterval(),
				timestamps, quarantine, settings.clock());
		this.readerThread = Thread.ofPlatform().daemon().name("syncscope-reader-" + cluster.id()).unstarted(reader);
		this.poller = Executors.newSingleThreadScheduledExecutor(
				Thread.ofPlatform().daemon().name("syncscope-poller-" + cluster.id()).factory());
	}

	private Map<String, Object> commonConfig() {
		Map<String, Object> config = KafkaClients.config(cluster.bootstrapServers(), cluster.clientProperties());
		config.put(CommonClientConfigs.REQUEST_TIMEOUT_MS_CONFIG, (int) settings.requestTimeout().toMillis());
		// the clients retry a lost connection within a second (Kafka's default), so a returning broker is
		// answered by the next round, not after a long client backoff
		config.put(CommonClientConfigs.RECONNECT_BACKOFF_MAX_MS_CONFIG, RECONNECT_BACKOFF_MAX.toMillis());
		return config;
	}

	private Map<String, Object> adminConfig() {
		Map<String, Object> config = commonConfig();
		config.put(AdminClientConfig.DEFAULT_API_TIMEOUT_MS_CONFIG, (int) settings.requestTimeout().toMillis());
		config.put(AdminClientConfig.CLIENT_ID_CONFIG, settings.monitorGroup() + ".admin." + cluster.id());
		return config;
	}

	private Map<String, Object> consumerConfig() {
		Map<String, Object> config = commonConfig();
		config.put(ConsumerConfig.GROUP_ID_CONFIG, settings.monitorGroup());
		config.put(ConsumerConfig.CLIENT_ID_CONFIG, settings.monitorGroup() + ".reader." + cluster.id());
		config.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false);
		config.put(ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, settings.readFromBeginning() ? "earliest" : "latest");
		config.put(ConsumerConfig.MAX_POLL_RECORDS_CONFIG, MonitorSettings.READER_MAX_POLL_RECORDS);
		config.put(ConsumerConfig.DEFAULT_API_TIMEOUT_MS_CONFIG, (int) settings.requestTimeout().toMillis());
		// the reader of a killed workbench leaves the group in seconds: the next one is not kept waiting 45 s
		return KafkaClients.shortSession(config);
	}

	/** A consumer without a group that reads one small batch at a committed offset. */
	private Map<String, Object> timestampReaderConfig() {
		Map<String, Object> config = commonConfig();
		config.put(ConsumerConfig.CLIENT_ID_CONFIG, settings.monitorGroup() + ".timestamps." + cluster.id());
		config.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false);
		config.put(ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "none");
		config.put(ConsumerConfig.MAX_PARTITION_FETCH_BYTES_CONFIG, 1024);
		config.put(ConsumerConfig.FETCH_MAX_WAIT_MS_CONFIG, 20);
		config.put(ConsumerConfig.DEFAULT_API_TIMEOUT_MS_CONFIG, (int) settings.requestTimeout().toMillis());
		return config;
	}

	void start() {
		readerThread.start();
		poller.schedule(this::pollOnce, 0, TimeUnit.MILLISECONDS);
	}

	private void pollOnce() {
		Instant now = settings.clock().instant();
		if (health.status() == ClusterStatus.DOWN) {
			Optional<String> refused = probe.unreachable();
			if (refused.isPresent()) { // still down: no Kafka request, probe again next interval
				setHealth(ClusterStatus.DOWN, refused.get(), now, health.lastPollRound());
				scheduleNext(settings.pollInterval());
				return;
			}
		}
		long started = System.nanoTime();
		try {
			LagPoller.Round round = lagPoller.poll(now.toEpochMilli());
			Duration took = Duration.ofNanos(System.nanoTime() - started);
			round.links().forEach((id, input) -> lags.put(id, evaluators.get(id).evaluate(input)));
			linkProblems = Map.copyOf(round.linkProblems());
			List<String> problems = new ArrayList<>(round.problems());
			if (reader.lastError() != null) {
				problems.add("Change-log reader: " + reader.lastError());
			}
			setHealth(problems.isEmpty() ? ClusterStatus.UP : ClusterStatus.DEGRADED,
					problems.isEmpty() ? null : String.join("; ", problems), now, Optional.of(took));
			backoff = settings.pollInterval();
		} catch (InterruptedException e) {
			Thread.currentThread().interrupt();
			return;
		} catch (ExecutionException | TimeoutException | RuntimeException e) {
			Throwable cause = e instanceof ExecutionException && e.getCause() != null ? e.getCause() : e;
			Optional<String> refused = probe.unreachable();
			setHealth(ClusterStatus.DOWN, refused.orElseGet(() -> ConnectionErrors.describe(cause, cluster.clientProperties())),
					now, health.lastPollRound());
			for (LinkSpec link : cluster.links()) {
				lags.put(link.id(), evaluators.get(link.id())
						.evaluate(new LinkInput(link.id(), GroupState.UNREACHABLE, List.of(), OptionalLong.empty())));
			}
			// a refused connection is probed every interval; a cluster that answers but fails backs off
			backoff = refused.isPresent() ? settings.pollInterval() : min(backoff.multipliedBy(2), settings.maxBackoff());
		}
		publishedLags = Map.copyOf(lags);
		scheduleNext(backoff);
	}

	private void scheduleNext(Duration delay) {
		if (!poller.isShutdown()) {
			poller.schedule(this::pollOnce, delay.toMillis(), TimeUnit.MILLISECONDS);
		}
	}

	private void setHealth(ClusterStatus status, String error, Instant now, Optional<Duration> lastRound) {
		Instant since = health.status() == status ? health.since() : now;
		health = new ClusterHealth(cluster.id(), cluster.name(), cluster.bootstrapServers(), status,
				Optional.ofNullable(error), since, lastRound);
	}

	private static Duration min(Duration a, Duration b) {
		return a.compareTo(b) <= 0 ? a : b;
	}

	ClusterHealth health() {
		return health;
	}

	/** The current snapshot of each link (lag as of the last round, activity as last published). */
	List<LinkSnapshot> links() {
		List<LinkSnapshot> snapshots = new ArrayList<>();
		Map<String, LinkLag> currentLags = publishedLags;
		for (LinkSpec link : cluster.links()) {
			LinkActivity.Figures figures = checker.figures(link.id());
			snapshots.add(new LinkSnapshot(link, cluster.id(), Optional.ofNullable(currentLags.get(link.id())),
					link.syncscopeEvents() ? figures.throughput() : cdc.throughput(link.id(), settings.clock().millis()),
					figures.detector(), figures.openConflicts(), quarantine.count(link.topic()), problem(link),
					ruleFit.misfits(link.id())));
		}
		return snapshots;
	}

	/** What keeps SyncScope from watching {@code link} while its cluster answers: a missing ACL. */
	private Optional<String> problem(LinkSpec link) {
		String problem = linkProblems.get(link.id());
		if (problem == null && reader.deniedTopics().contains(link.topic())) {
			problem = ConnectionErrors.denied("READ", "topic", link.topic(), "to detect conflicts on the change log",
					cluster.clientProperties());
		}
		return Optional.ofNullable(problem);
	}

	@Override
	public void close() {
		poller.shutdownNow();
		reader.stop();
		try {
			poller.awaitTermination(10, TimeUnit.SECONDS);
			readerThread.join(Duration.ofSeconds(10));
		} catch (InterruptedException e) {
			Thread.currentThread().interrupt();
		}
		logReader.close();
		admin.close(Duration.ofSeconds(5));
	}
}
